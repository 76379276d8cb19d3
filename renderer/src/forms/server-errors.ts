import { ApiError } from '../platform/api';

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

interface Options {
  /** Selects that must be chosen: zod reports an empty one as a bad enum; "required" is what the user needs. */
  required?: string[];
  /** Where the form's fields sit in the call's input, e.g. 'identifier' for { caseId, identifier }. */
  prefix?: string;
}

function issuePath(path: (string | number)[], prefix?: string): (string | number)[] {
  return prefix && path[0] === prefix ? path.slice(1) : path;
}

/** Server validation issues as @mantine/form errors, translated and keyed by form field. */
export function formErrors(
  error: ApiError,
  t: (key: string) => string,
  values: object,
  { required = [], prefix }: Options = {},
): Record<string, string> {
  const local = new ApiError(
    error.code,
    error.message,
    error.issues.map((issue) => ({ ...issue, path: issuePath(issue.path, prefix) })),
  );
  const errors = fieldErrors(local, t);
  // A list field (tags.2) shows its item's message under the list input itself.
  for (const [path, message] of Object.entries(errors)) {
    const head = path.split('.')[0];
    if (head && head !== path) errors[head] ??= message;
  }
  const record = values as Record<string, unknown>;
  for (const field of required) {
    const v = record[field];
    if (errors[field] && (v === null || v === '' || v === undefined)) errors[field] = t('validation.required');
  }
  return errors;
}

/** The part of an error the form cannot show under a field, for an alert above the buttons. */
export function unplacedError(error: ApiError | null, fields: readonly string[], prefix?: string): ApiError | null {
  if (!error) return null;
  if (error.code !== 'VALIDATION') return error;
  const rest = error.issues.filter((issue) => !fields.includes(String(issuePath(issue.path, prefix)[0] ?? '')));
  return rest.length === 0 ? null : new ApiError(error.code, error.message, rest);
}
