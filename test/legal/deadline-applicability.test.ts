/**
 * Where and when each statutory deadline applies, row by row: the situation, what the engine must do,
 * and the article that says so. Bound states come from the shipped knowledge pack (Budapest parties)
 * and from EU law itself (see electron/core/deadlines/DECISIONS.md).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../shared/domain/deadlines/default-rules';
import { computeDeadlines } from '../../shared/domain/deadlines/engine';
import { statutoryChecks } from '../../shared/domain/deadlines/statutory';
import type { OfficeFacts, RequestEventFact, RequestFacts } from '../../shared/domain/deadlines/types';
import { shippedBindings } from '../support/pack-bindings';
import { history, NO_HOLIDAYS, PARIS, request } from '../unit/deadline-fixtures';

const BINDINGS = shippedBindings();
const office = (homeCountry: string): OfficeFacts => ({ ...PARIS, homeCountry });

interface Row {
  situation: string;
  article: string;
  office?: OfficeFacts;
  request: Partial<RequestFacts>;
  events: RequestEventFact[];
  now: string;
  /** The rules that must run, in due order, with what must hold of each. */
  runs: { ruleId: string; dueAt?: string; dueDate?: string; countedFrom?: 'receipt' | 'trigger' }[];
  /** Statutory rules that must be reported as not applying, with the reason. */
  notApplied?: Record<string, string>;
}

const PRESERVED_SEPT = history(['preserved', '2026-09-01T08:00:00Z']);

const rows: Row[] = [
  {
    situation: 'preservation to a state that is not a Budapest Party (China) from France',
    article: 'ETS 185 art. 29(1) and (7): obligations between Parties only',
    request: { counterpartCountry: 'CN' },
    events: PRESERVED_SEPT,
    now: '2026-09-02T00:00:00Z',
    runs: [],
    notApplied: { 'budapest-29-7-preservation': 'counterpart_not_bound' },
  },
  {
    situation: 'preservation to a signatory that has not ratified (Ireland), before Reg. 2023/1543 applies',
    article: 'ETS 185 art. 36(3): in force for a signatory only after ratification; Reg. 2023/1543 art. 34',
    request: { counterpartCountry: 'IE' },
    events: history(['preserved', '2026-05-04T08:00:00Z']),
    now: '2026-05-05T00:00:00Z',
    runs: [],
    notApplied: {
      'budapest-29-7-preservation': 'counterpart_not_bound',
      'eu-1543-preservation-order': 'counterpart_not_yet_bound',
    },
  },
  {
    situation: 'preservation to Brazil before the Convention entered into force for it (1 Mar 2023)',
    article: 'ETS 185 art. 37(4): in force for an acceding State only from its date',
    request: { counterpartCountry: 'BR' },
    events: history(['preserved', '2023-01-16T12:00:00Z']),
    now: '2023-01-17T00:00:00Z',
    runs: [],
    notApplied: { 'budapest-29-7-preservation': 'counterpart_not_yet_bound' },
  },
  {
    situation: 'preservation to Brazil after entry into force: at least 60 days',
    article: 'ETS 185 art. 29(7)',
    request: { counterpartCountry: 'BR' },
    events: history(['preserved', '2026-03-02T12:00:00Z']),
    now: '2026-03-03T00:00:00Z',
    runs: [{ ruleId: 'budapest-29-7-preservation', dueDate: '2026-05-01' }],
  },
  {
    situation: 'preservation to a provider in the United States from a non-Party (India): the US statute binds',
    article: '18 U.S.C. 2703(f)(2)',
    office: office('IN'),
    request: { counterpartCountry: 'US' },
    events: PRESERVED_SEPT,
    now: '2026-09-02T00:00:00Z',
    runs: [{ ruleId: 'us-2703f-preservation', dueDate: '2026-11-30' }],
  },
  {
    situation: 'European Preservation Order to Germany after 18 Aug 2026: 60 days',
    article: 'Reg. 2023/1543 art. 11(1) and art. 34',
    request: { counterpartCountry: 'DE' },
    events: PRESERVED_SEPT,
    now: '2026-09-02T00:00:00Z',
    runs: [{ ruleId: 'eu-1543-preservation-order', dueDate: '2026-10-31' }],
  },
  {
    situation: 'preservation to Germany before 18 Aug 2026: the Regulation does not apply yet, Budapest does',
    article: 'Reg. 2023/1543 art. 34 (applies from 18 August 2026); ETS 185 art. 29(7)',
    request: { counterpartCountry: 'DE' },
    events: history(['preserved', '2026-08-10T08:00:00Z']),
    now: '2026-08-11T00:00:00Z',
    runs: [{ ruleId: 'budapest-29-7-preservation', dueDate: '2026-10-09' }],
    notApplied: { 'eu-1543-preservation-order': 'counterpart_not_yet_bound' },
  },
  {
    situation: 'preservation to Denmark: Denmark does not take part in Reg. 2023/1543, Budapest applies',
    article: 'Reg. 2023/1543 recital (Protocol No 22); ETS 185 art. 29(7)',
    request: { counterpartCountry: 'DK' },
    events: PRESERVED_SEPT,
    now: '2026-09-02T00:00:00Z',
    runs: [{ ruleId: 'budapest-29-7-preservation', dueDate: '2026-10-31' }],
    notApplied: { 'eu-1543-preservation-order': 'counterpart_not_bound' },
  },
  {
    situation: 'preservation from a Danish office to Germany: Denmark is not bound as issuing State either',
    article: 'Reg. 2023/1543 recital (Protocol No 22)',
    office: office('DK'),
    request: { counterpartCountry: 'DE' },
    events: PRESERVED_SEPT,
    now: '2026-09-02T00:00:00Z',
    runs: [{ ruleId: 'budapest-29-7-preservation' }],
    notApplied: { 'eu-1543-preservation-order': 'office_not_bound' },
  },
  {
    situation: 'European Production Order for subscriber data, receipt recorded: 10 days from receipt',
    article: 'Reg. 2023/1543 art. 10(2)',
    request: { counterpartCountry: 'DE', kind: 'production_order' },
    events: history(['submitted', '2026-09-01T08:00:00Z'], ['acknowledged', '2026-09-03T08:00:00Z']),
    now: '2026-09-04T00:00:00Z',
    runs: [{ ruleId: 'eu-1543-production-order', dueDate: '2026-09-13', countedFrom: 'receipt' }],
  },
  {
    situation: 'European Production Order, no receipt recorded: counted from sending, and says so',
    article: 'Reg. 2023/1543 art. 10(2)',
    request: { counterpartCountry: 'DE', kind: 'production_order' },
    events: history(['submitted', '2026-09-01T08:00:00Z']),
    now: '2026-09-02T00:00:00Z',
    runs: [{ ruleId: 'eu-1543-production-order', dueDate: '2026-09-11', countedFrom: 'trigger' }],
  },
  {
    situation: 'emergency European Production Order: 8 hours from receipt',
    article: 'Reg. 2023/1543 art. 10(4)',
    request: { counterpartCountry: 'NL', kind: 'production_order', urgency: 'emergency' },
    events: history(['submitted', '2026-09-01T08:00:00Z'], ['acknowledged', '2026-09-01T09:30:00Z']),
    now: '2026-09-01T10:00:00Z',
    runs: [{ ruleId: 'eu-1543-production-order', dueAt: '2026-09-01T17:30:00.000Z', countedFrom: 'receipt' }],
  },
  {
    situation: 'production order to Denmark: no statutory period, office practice remains',
    article: 'Reg. 2023/1543 recital (Protocol No 22)',
    request: { counterpartCountry: 'DK', kind: 'production_order' },
    events: history(['submitted', '2026-09-01T08:00:00Z']),
    now: '2026-09-02T00:00:00Z',
    runs: [{ ruleId: 'provider-response-expected', dueDate: '2026-10-01' }],
    notApplied: { 'eu-1543-production-order': 'counterpart_not_bound' },
  },
  {
    situation: 'EIO to Germany, receipt recorded: recognition within 30 days of receipt',
    article: 'Dir. 2014/41/EU art. 12(3)',
    request: { channel: 'mla', kind: null, counterpartCountry: 'DE' },
    events: history(['transmitted', '2026-02-02T09:00:00Z'], ['acknowledged', '2026-02-09T09:00:00Z']),
    now: '2026-02-10T00:00:00Z',
    runs: [
      { ruleId: 'eu-eio-recognition', dueDate: '2026-03-11', countedFrom: 'receipt' },
      { ruleId: 'mla-follow-up' },
    ],
  },
  {
    situation: 'EIO-like request to Ireland: Ireland is not bound by the Directive, MLA practice applies',
    article: 'Dir. 2014/41/EU recital 44',
    request: { channel: 'mla', kind: null, counterpartCountry: 'IE' },
    events: history(['transmitted', '2026-02-02T09:00:00Z']),
    now: '2026-02-03T00:00:00Z',
    runs: [{ ruleId: 'mla-follow-up' }, { ruleId: 'mla-expected-response' }],
    notApplied: { 'eu-eio-recognition': 'counterpart_not_bound', 'eu-eio-execution': 'counterpart_not_bound' },
  },
  {
    situation: 'request to Denmark: Denmark is not bound by the EIO Directive',
    article: 'Dir. 2014/41/EU recital 45',
    request: { channel: 'mla', kind: null, counterpartCountry: 'DK' },
    events: history(['transmitted', '2026-02-02T09:00:00Z']),
    now: '2026-02-03T00:00:00Z',
    runs: [{ ruleId: 'mla-follow-up' }, { ruleId: 'mla-expected-response' }],
    notApplied: { 'eu-eio-recognition': 'counterpart_not_bound' },
  },
  {
    situation: 'from an Irish office to France: the issuing State must be bound too',
    article: 'Dir. 2014/41/EU recital 44',
    office: office('IE'),
    request: { channel: 'mla', kind: null, counterpartCountry: 'FR' },
    events: history(['transmitted', '2026-02-02T09:00:00Z']),
    now: '2026-02-03T00:00:00Z',
    runs: [{ ruleId: 'mla-follow-up' }, { ruleId: 'mla-expected-response' }],
    notApplied: { 'eu-eio-recognition': 'office_not_bound' },
  },
  {
    situation: 'police request to Norway (Schengen-associated): 7 calendar days',
    article: 'Dir. 2023/977 art. 5(1)(c) and its Schengen recitals',
    request: { channel: 'police', kind: 'direct', counterpartCountry: 'NO' },
    events: history(['sent', '2026-06-01T10:00:00Z']),
    now: '2026-06-01T11:00:00Z',
    runs: [{ ruleId: 'eu-977-police-response', dueDate: '2026-06-08', countedFrom: 'trigger' }],
  },
  {
    situation: 'urgent police request to Switzerland, information directly accessible: 8 hours from receipt',
    article: 'Dir. 2023/977 art. 5(1)(a)',
    request: {
      channel: 'police',
      kind: 'direct',
      counterpartCountry: 'CH',
      urgency: 'urgent',
      directlyAccessible: true,
    },
    events: history(['sent', '2026-06-01T10:00:00Z'], ['acknowledged', '2026-06-01T10:30:00Z']),
    now: '2026-06-01T11:00:00Z',
    runs: [{ ruleId: 'eu-977-police-response', dueAt: '2026-06-01T18:30:00.000Z', countedFrom: 'receipt' }],
  },
  {
    situation: 'urgent police request to Liechtenstein, not directly accessible: 3 calendar days',
    article: 'Dir. 2023/977 art. 5(1)(b)',
    request: {
      channel: 'police',
      kind: 'direct',
      counterpartCountry: 'LI',
      urgency: 'urgent',
      directlyAccessible: false,
    },
    events: history(['sent', '2026-06-01T10:00:00Z']),
    now: '2026-06-01T11:00:00Z',
    runs: [{ ruleId: 'eu-977-police-response', dueDate: '2026-06-04' }],
  },
  {
    situation: 'emergency police request to Iceland, accessibility unknown: 3 days, never the 8-hour limit',
    article: 'Dir. 2023/977 art. 5(1)(a)-(b)',
    request: { channel: 'police', kind: 'interpol', counterpartCountry: 'IS', urgency: 'emergency' },
    events: history(['sent', '2026-06-01T10:00:00Z']),
    now: '2026-06-01T11:00:00Z',
    runs: [{ ruleId: 'eu-977-police-response', dueDate: '2026-06-04' }],
  },
  {
    situation: 'police request to the United States: the Directive does not bind it, office practice remains',
    article: 'Dir. 2023/977 art. 1 (Member States and associated states)',
    request: { channel: 'police', kind: 'interpol', counterpartCountry: 'US' },
    events: history(['sent', '2026-06-01T10:00:00Z']),
    now: '2026-06-01T11:00:00Z',
    runs: [{ ruleId: 'police-response-expected', dueDate: '2026-07-01' }],
    notApplied: { 'eu-977-police-response': 'counterpart_not_bound' },
  },
];

describe('statutory deadlines apply where their instrument binds both states', () => {
  it.each(rows)('$situation ($article)', (row) => {
    const req = request(row.request);
    const at = row.office ?? PARIS;
    const computed = computeDeadlines(req, row.events, DEFAULT_RULES, NO_HOLIDAYS, at, row.now, BINDINGS);
    expect(computed.map((d) => d.ruleId)).toEqual(row.runs.map((r) => r.ruleId));
    row.runs.forEach((expected, i) => expect(computed[i]).toMatchObject(expected));
    const { checks } = statutoryChecks(req, row.events, DEFAULT_RULES, at, row.now, BINDINGS);
    const reasons = Object.fromEntries(checks.filter((c) => !c.applies).map((c) => [c.ruleId, c.reason]));
    expect(reasons).toMatchObject(row.notApplied ?? {});
    const statutoryRuns = row.runs.some((r) => checks.some((c) => c.ruleId === r.ruleId && c.applies));
    expect(statutoryRuns).toBe(row.runs.some((r) => checks.some((c) => c.ruleId === r.ruleId)));
  });

  it('computes no statutory rule when the party list is unknown', () => {
    const computed = computeDeadlines(
      request({ counterpartCountry: 'BR' }),
      PRESERVED_SEPT,
      DEFAULT_RULES,
      NO_HOLIDAYS,
      PARIS,
      '2026-09-02T00:00:00Z',
    );
    expect(computed).toEqual([]);
  });
});
