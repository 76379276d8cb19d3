/**
 * The completeness check: what a provider or central authority would bounce the document for,
 * listed before it leaves. Each finding names the field that fixes it; blocking findings stop
 * generation and sending until fixed or overridden with a recorded reason.
 */
import { checkIdentifier } from '../identifiers';
import { DATE_FIELDS, type DocType, type DraftField } from './doc-types';
import type { DraftingFacts } from './facts';
import { STRUCTURES } from './structure';

export const FINDING_CODES = [
  'missing',
  'weak',
  'noLegalBasis',
  'noThreat',
  'thinFacts',
  'noIdentifiers',
  'noPersonsOrIdentifiers',
  'phoneFormat',
  'ipTimestamp',
  'identifierInvalid',
  'dateInvalid',
  'dateOrder',
  'dateRangeBroad',
  'dateInFuture',
  'wrongProviderEntity',
  'regionUnknown',
  'requestField',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = 'blocking' | 'warning';

export type RequestFixField = 'sentOn' | 'theirReference' | 'ourReference';

export type FindingTarget =
  | { kind: 'draft'; field: DraftField }
  | { kind: 'request'; field: RequestFixField }
  | { kind: 'identifier'; identifierId: number }
  | { kind: 'case' };

export interface Finding {
  /** Stable for the same problem, so a recorded override keeps applying to it. */
  key: string;
  code: FindingCode;
  severity: Severity;
  target: FindingTarget;
  params: Record<string, string | number>;
}

/** Below this many characters a statement of facts rarely lets the other side understand the case. */
export const THIN_FACTS_CHARS = 150;
/** Providers refuse "all data since the account was opened": a period longer than this is weak. */
export const BROAD_RANGE_DAYS = 366;

const THREAT_FIELDS: readonly DraftField[] = ['threatStatement', 'threatImminence', 'personsAtRisk'];

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function checkDraft(docType: DocType, facts: DraftingFacts): Finding[] {
  const structure = STRUCTURES[docType];
  const findings: Finding[] = [];
  const add = (code: FindingCode, severity: Severity, target: FindingTarget, params: Finding['params'] = {}) => {
    const where =
      target.kind === 'draft'
        ? target.field
        : target.kind === 'request'
          ? `request.${target.field}`
          : target.kind === 'identifier'
            ? `identifier.${target.identifierId}`
            : 'case';
    findings.push({ key: `${code}:${where}`, code, severity, target, params });
  };
  const value = (field: DraftField) => facts.fields[field].trim();

  for (const field of structure.required) {
    if (value(field) !== '') continue;
    if (field === 'legalBasis') add('noLegalBasis', 'blocking', { kind: 'draft', field });
    else if (THREAT_FIELDS.includes(field)) add('noThreat', 'blocking', { kind: 'draft', field }, { field });
    else add('missing', 'blocking', { kind: 'draft', field }, { field });
  }
  for (const field of structure.recommended) {
    if (value(field) === '') add('weak', 'warning', { kind: 'draft', field }, { field });
  }
  if (structure.required.includes('factsSummary')) {
    const length = value('factsSummary').length;
    if (length > 0 && length < THIN_FACTS_CHARS) {
      add('thinFacts', 'warning', { kind: 'draft', field: 'factsSummary' }, { length, min: THIN_FACTS_CHARS });
    }
  }
  // An emergency request on any document must say what the threat is, or providers refuse it.
  if (facts.request.urgency === 'emergency' && !structure.required.includes('threatStatement')) {
    if (docType === 'voluntary_disclosure' || docType === 'preservation') {
      if (value('threatStatement') === '')
        add('noThreat', 'warning', { kind: 'draft', field: 'threatStatement' }, { field: 'threatStatement' });
    }
  }

  for (const field of structure.requestFields) {
    const present = field === 'sentOn' ? facts.request.sentOn !== null : facts.request[field].trim() !== '';
    if (!present) add('requestField', 'blocking', { kind: 'request', field }, { field });
  }

  checkIdentifiers(docType, facts, add);
  checkDates(docType, facts, add);
  if (structure.toProvider) checkProviderEntity(facts, add);
  return findings;
}

type Add = (code: FindingCode, severity: Severity, target: FindingTarget, params?: Finding['params']) => void;

function checkIdentifiers(docType: DocType, facts: DraftingFacts, add: Add): void {
  const structure = STRUCTURES[docType];
  if (structure.needsIdentifiers && facts.identifiers.length === 0) add('noIdentifiers', 'blocking', { kind: 'case' });
  if (docType === 'mla_request' && facts.identifiers.length === 0 && facts.persons.length === 0) {
    add('noPersonsOrIdentifiers', 'blocking', { kind: 'case' });
  }
  for (const identifier of facts.identifiers) {
    const problems = checkIdentifier({ ...identifier, asset: null });
    if (problems.length === 0) continue;
    const target = { kind: 'identifier' as const, identifierId: identifier.id };
    const params = { value: identifier.value, kind: identifier.kind };
    if (identifier.kind === 'phone') add('phoneFormat', 'blocking', target, params);
    else if (identifier.kind === 'ip' && problems.some((p) => p.field !== 'value')) {
      add('ipTimestamp', 'blocking', target, params);
    } else if (identifier.kind !== 'wallet') add('identifierInvalid', 'blocking', target, params);
  }
}

function checkDates(docType: DocType, facts: DraftingFacts, add: Add): void {
  const structure = STRUCTURES[docType];
  const from = facts.fields.dateFrom.trim();
  const to = facts.fields.dateTo.trim();
  for (const field of DATE_FIELDS) {
    const v = facts.fields[field].trim();
    if (v !== '' && !isDate(v)) add('dateInvalid', 'blocking', { kind: 'draft', field }, { value: v });
  }
  if (!isDate(from) || !isDate(to)) return;
  if (from > to) {
    add('dateOrder', 'blocking', { kind: 'draft', field: 'dateTo' }, { from, to });
    return;
  }
  if (structure.needsDateRange || docType === 'emergency_disclosure') {
    const days = daysBetween(from, to);
    if (days > BROAD_RANGE_DAYS) {
      add('dateRangeBroad', 'warning', { kind: 'draft', field: 'dateFrom' }, { days, max: BROAD_RANGE_DAYS });
    }
  }
  if (to > facts.today) add('dateInFuture', 'warning', { kind: 'draft', field: 'dateTo' }, { to });
}

/**
 * A provider answers only through the legal entity that serves the user's region (a US parent or an
 * Irish affiliate): addressing the wrong one is the commonest reason a request is returned. Known
 * only where a provider profile lists its entities.
 */
function checkProviderEntity(facts: DraftingFacts, add: Add): void {
  const entities = facts.profile.providerEntities ?? [];
  if (entities.length === 0) return;
  const region = facts.fields.userRegion.trim().toLowerCase();
  const entity = facts.fields.providerEntity.trim();
  if (region === '') {
    add(
      'regionUnknown',
      'warning',
      { kind: 'draft', field: 'userRegion' },
      {
        regions: entities.map((e) => e.region).join(', '),
      },
    );
    return;
  }
  const expected = entities.find((e) => e.region.toLowerCase() === region);
  if (expected && entity !== '' && expected.entity.toLowerCase() !== entity.toLowerCase()) {
    add(
      'wrongProviderEntity',
      'blocking',
      { kind: 'draft', field: 'providerEntity' },
      {
        expected: expected.entity,
        region: expected.region,
      },
    );
  }
}
