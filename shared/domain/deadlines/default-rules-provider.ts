import { days, hours, rule, SOURCE_URL } from './rule-builder';
import type { DeadlineRule } from './types';

const PRESERVATION_KINDS = ['preservation', 'preservation_extension'];
const DISCLOSURE_KINDS = [
  'voluntary_subscriber',
  'voluntary_traffic',
  'emergency_disclosure',
  'content_legal_process',
  'production_order',
];
const PROVIDER_OUTCOMES: DeadlineRule['stopsAt'] = [
  'disclosed',
  'partially_disclosed',
  'no_data',
  'rejected',
  'superseded',
  'closed',
];
const EU_1543_NOTE =
  'Applies from 18 August 2026 (art. 34) to orders between the Member States bound by it: every Member State but Denmark, which does not take part (Protocol No 22).';

/** Requests to providers: preservation expiries and expected answers. */
export const PROVIDER_RULES: DeadlineRule[] = [
  rule({
    id: 'us-2703f-preservation',
    title: 'US preservation (18 U.S.C. 2703(f))',
    channel: 'provider',
    kinds: PRESERVATION_KINDS,
    trigger: 'preserved',
    // 'lapsed' is deliberately absent: a lapsed preservation was missed, not met.
    stopsAt: ['superseded', 'closed'],
    deadlineKind: 'hard_expiry',
    duration: days(90),
    extension: { trigger: 'extended', duration: days(90), maxTimes: 1 },
    reminders: [days(14), days(7), days(1)],
    appliesUnder: 'us-2703f',
    source: {
      citation: '18 U.S.C. 2703(f)(2): 90 days, extended once by 90 days on renewed request',
      url: SOURCE_URL.usc2703f,
      note: 'Binds providers in the United States, whoever asks. The provider keeps the records for 90 days from the preservation it confirmed and, on a renewed request, for 90 more: ask for the extension before the first period ends.',
    },
  }),
  rule({
    id: 'budapest-29-7-preservation',
    title: 'Expedited preservation (Budapest Convention art. 29(7))',
    channel: 'provider',
    kinds: PRESERVATION_KINDS,
    trigger: 'preserved',
    stopsAt: ['superseded', 'closed'],
    deadlineKind: 'hard_expiry',
    duration: days(60),
    reminders: [days(14), days(7), days(1)],
    yieldsTo: ['us-2703f-preservation', 'eu-1543-preservation-order'],
    appliesUnder: 'budapest',
    source: {
      citation: 'Convention on Cybercrime (ETS 185) art. 29(7): preserved for not less than 60 days',
      url: SOURCE_URL.ets185,
      note: 'Only between Parties, from the later of their entry-into-force dates (knowledge pack). A minimum: the requested Party may preserve longer, and once the MLA request arrives the data stay preserved pending the decision. Steps aside where 18 U.S.C. 2703(f) or the EU Preservation Order covers the request.',
    },
  }),
  rule({
    id: 'eu-1543-preservation-order',
    title: 'European Preservation Order (Reg. 2023/1543 art. 11)',
    channel: 'provider',
    kinds: PRESERVATION_KINDS,
    trigger: 'preserved',
    stopsAt: ['superseded', 'closed'],
    deadlineKind: 'hard_expiry',
    duration: days(60),
    extension: { trigger: 'extended', duration: days(30), maxTimes: 1 },
    reminders: [days(14), days(7), days(1)],
    appliesUnder: 'eu-2023-1543',
    source: {
      citation: 'Regulation (EU) 2023/1543 art. 11: 60 days unless a production request is confirmed; once +30 days',
      url: SOURCE_URL.reg1543,
      note: EU_1543_NOTE,
    },
  }),
  rule({
    id: 'eu-1543-production-order',
    title: 'European Production Order (Reg. 2023/1543 art. 10)',
    channel: 'provider',
    kinds: ['production_order', 'content_legal_process', 'emergency_disclosure'],
    trigger: 'submitted',
    stopsAt: PROVIDER_OUTCOMES,
    deadlineKind: 'expected_response',
    duration: days(10),
    byUrgency: { emergency: hours(8) },
    reminders: [days(3), days(1), hours(2)],
    appliesUnder: 'eu-2023-1543',
    countsFromReceipt: 'acknowledged',
    source: {
      citation:
        'Regulation (EU) 2023/1543 art. 10(2) and (4): within 10 days of receipt of the EPOC; emergency within 8 hours',
      url: SOURCE_URL.reg1543,
      note: `Subscriber, traffic and content data alike. Counted from the provider's receipt ('acknowledged') when recorded, else from submission. ${EU_1543_NOTE}`,
    },
  }),
  rule({
    id: 'provider-response-expected',
    title: 'Provider response expected',
    channel: 'provider',
    kinds: DISCLOSURE_KINDS,
    trigger: 'submitted',
    stopsAt: PROVIDER_OUTCOMES,
    deadlineKind: 'expected_response',
    duration: days(30),
    byUrgency: { urgent: days(7), emergency: hours(24) },
    reminders: [days(7), days(1), hours(4)],
    yieldsTo: ['eu-1543-production-order'],
    source: {
      citation: 'Office practice',
      url: null,
      note: 'Office practice, not law: providers answer voluntary requests at their discretion. 30 days; urgent 7 days; emergency 24 hours.',
    },
  }),
];
