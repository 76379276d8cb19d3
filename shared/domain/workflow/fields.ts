import { HANDLING_CODES } from '../requests';
import { REFUSAL_GROUNDS } from '../statistics/outcomes';
import type { TransitionField, TransitionFieldSpec, TransitionPayload } from './types';

export const SUBMITTED_VIA = ['portal', 'email'] as const;

/** Longest accepted text: references are short identifiers, reasons and grounds are free prose. */
const MAX_LENGTH: Partial<Record<TransitionField, number>> = { reason: 2000, ground: 2000 };
const MAX_REFERENCE_LENGTH = 200;

export type FieldValue = string | number | boolean;
export type FieldResult =
  { ok: true; values: Partial<Record<TransitionField, FieldValue>> } | { ok: false; path: string; message: string };

const fail = (path: string, message: string) => ({ ok: false as const, path, message });

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March; the round trip catches it.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** One present value, normalised; a string is an i18n key when the value is refused. */
function checkValue(name: TransitionField, raw: FieldValue, occurredOn: string): FieldValue | { error: string } {
  const text =
    typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : null;
  switch (name) {
    case 'usableInCourt':
      return typeof raw === 'boolean' ? raw : { error: 'validation.workflow.yesOrNo' };
    case 'supersededBy': {
      const id = typeof raw === 'number' ? raw : text !== null && /^\d+$/.test(text) ? Number(text) : NaN;
      return Number.isSafeInteger(id) && id > 0 ? id : { error: 'validation.workflow.requestId' };
    }
    case 'preservedUntil':
      if (text === null || !isIsoDate(text)) return { error: 'validation.workflow.date' };
      return text < occurredOn ? { error: 'validation.workflow.dateBeforeStep' } : text;
    case 'handlingCode': {
      const code = text?.toUpperCase() ?? '';
      return (HANDLING_CODES as readonly string[]).includes(code)
        ? code
        : { error: 'validation.workflow.handlingCode' };
    }
    case 'refusalGround':
      return text !== null && (REFUSAL_GROUNDS as readonly string[]).includes(text)
        ? text
        : { error: 'validation.workflow.refusalGround' };
    case 'submittedVia':
      return text !== null && (SUBMITTED_VIA as readonly string[]).includes(text)
        ? text
        : { error: 'validation.workflow.submittedVia' };
    case 'ticket':
    case 'messageReference':
    case 'ourReference':
    case 'centralAuthorityReference':
    case 'theirReference':
    case 'diplomaticNoteNumber':
    case 'reason':
    case 'ground':
      if (text === null) return { error: 'validation.workflow.invalidValue' };
      return text.length > (MAX_LENGTH[name] ?? MAX_REFERENCE_LENGTH) ? { error: 'validation.workflow.tooLong' } : text;
  }
}

/** Checks a step's payload against its field specs; fields the step does not name are ignored. */
export function checkFields(
  specs: readonly TransitionFieldSpec[],
  payload: TransitionPayload,
  occurredOn: string,
): FieldResult {
  const values: Partial<Record<TransitionField, FieldValue>> = {};
  for (const { name, required } of specs) {
    const raw = payload[name];
    // Empty text counts as absent, so an optional field left blank in a form is simply not given.
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      if (required) return fail(name, 'validation.workflow.fieldRequired');
      continue;
    }
    const value = checkValue(name, raw, occurredOn);
    if (typeof value === 'object') return fail(name, value.error);
    values[name] = value;
  }
  return { ok: true, values };
}
