import { checkIdentifier, normalizeIdentifier, type IdentifierKind } from '../../../shared/domain/identifiers';

export interface SheetIdentifier {
  kind: IdentifierKind;
  value: string;
}

/** A sheet's identifier cell lists several, separated by commas, semicolons or line breaks. */
export function splitIdentifiers(text: string): string[] {
  return text
    .split(/[,;\n\r]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The kind a bare value most likely is; the identifier's own checks then say whether it is valid. */
function kindOf(value: string): IdentifierKind {
  if (value.includes('@') && !value.startsWith('@')) return 'email';
  if (/^[\d.]+$/.test(value) && value.split('.').length === 4) return 'ip';
  if (/^[0-9a-f:]+$/i.test(value) && value.includes('::')) return 'ip';
  if (/^\+?[\d\s().-]{7,}$/.test(value)) return /^\d{15}$/.test(value.replace(/[\s-]/g, '')) ? 'imei' : 'phone';
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value)) return 'domain';
  return 'account';
}

export type IdentifierResult = { ok: true; identifier: SheetIdentifier } | { ok: false; value: string };

export function readIdentifier(raw: string): IdentifierResult {
  const kind = kindOf(raw);
  const problems = checkIdentifier({ kind, value: raw });
  if (problems.length > 0) return { ok: false, value: raw };
  return { ok: true, identifier: { kind, value: normalizeIdentifier(kind, raw) } };
}
