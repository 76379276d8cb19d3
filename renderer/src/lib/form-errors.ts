import type { ApiError } from '../platform/api';

/**
 * Turns the validation issues of a refused call into per-field messages for @mantine/form
 * (`form.setErrors`), translated. Issues without a field come back under `_form`.
 */
export function fieldErrors(error: ApiError, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_form';
    errors[path] ??= t(issue.message.startsWith('validation.') ? issue.message : 'validation.invalid');
  }
  return errors;
}
