import { ApiError } from '../../platform/api';
import { fieldErrors } from '../../lib/form-errors';

/**
 * Server errors as field messages. An empty required select comes back from zod as a generic enum
 * error; "required" is what the user needs to read under it.
 */
export function formErrors(
  error: ApiError,
  t: (key: string) => string,
  values: object,
  requiredSelects: string[] = [],
): Record<string, string> {
  const errors = fieldErrors(error, t);
  // A list field (tags.2) shows its item's message under the list input itself.
  for (const [path, message] of Object.entries(errors)) {
    const head = path.split('.')[0];
    if (head && head !== path) errors[head] ??= message;
  }
  const record = values as Record<string, unknown>;
  for (const field of requiredSelects) {
    const v = record[field];
    if (errors[field] && (v === null || v === '' || v === undefined)) errors[field] = t('validation.required');
  }
  return errors;
}

/** The part of an error the form cannot show under a field, for an alert above the buttons. */
export function unplacedError(error: ApiError | null, fields: readonly string[]): ApiError | null {
  if (!error) return null;
  if (error.code !== 'VALIDATION') return error;
  const rest = error.issues.filter((issue) => !fields.includes(String(issue.path[0] ?? '')));
  return rest.length === 0 ? null : new ApiError(error.code, error.message, rest);
}
