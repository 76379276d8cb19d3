/**
 * A deterministic, fictional archive written straight into a fresh Legat database: ten years of a busy
 * legal attaché office (cases, requests on the four channels with their full step history, contacts,
 * identifiers, subjects, notes, timeline), so the benchmark has volume behind its figures.
 *
 * Rows go in through prepared statements, ~100,000 per transaction, into bare tables (seed-bulk.ts:
 * indexes, search index and insert triggers are built from the schema's own SQL once the rows are in);
 * every request's steps are checked by the real workflow (checkTransition), which also gives each step
 * its request columns (sent, answered, closed dates, references), so what is written is what the app
 * itself would have written. Afterwards the deadlines of the open requests are computed by the app's own
 * refreshOpenRequests. Same seed and same `until` date → the same archive.
 */
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { CASE_STATUSES, PRIORITIES } from '../../shared/domain/cases';
import { formatCaseReference, OFFENCE_CATEGORIES } from '../../shared/domain/cases';
import { CONTACT_KINDS, SECURE_CHANNEL_KINDS } from '../../shared/domain/contacts';
import { dateInZone } from '../../shared/domain/dates';
import { checkIdentifier, type IdentifierKind } from '../../shared/domain/identifiers';
import type { POLICE_ROUTES, PROVIDER_KINDS } from '../../shared/domain/requests';
import {
  ASSISTANCE_TYPES,
  isFinished,
  type Channel,
  type RequestStatus,
  type Urgency,
} from '../../shared/domain/requests';
import { checkTransition, type RequestPatch, type TransitionPayload } from '../../shared/domain/workflow';
import { contract } from '../../shared/ipc-contract';
import type { AppContext } from '../../electron/core/context';
import { deadlineInputs } from '../../electron/core/deadlines/deadline-inputs';
import { refreshOpenRequests } from '../../electron/core/deadlines/refresh';
import { requireOffice } from '../../electron/core/office/office-repo';
import {
  caseTitle,
  COUNTRIES,
  fictionalDomain,
  fictionalEmail,
  fictionalImei,
  fictionalIp,
  fictionalPhone,
  fictionalWallet,
  FIRST_NAMES,
  LANGUAGES,
  LAST_NAMES,
  personName,
  PLATFORMS,
  PROVIDERS,
  sentence,
  TIME_ZONES,
} from './fiction';
import { createRng, mulberry32, seededUuid, type Rng } from './prng';
import { fullPath, openPrefix } from './request-paths';
import { beginBulkLoad } from './seed-bulk';

export type ArchiveSize = 'small' | 'large';

export interface SeedOptions {
  size: ArchiveSize;
  seed: number;
  /** Last day of the archive (YYYY-MM-DD); the office's today by default. */
  until?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedPlan {
  cases: number;
  requests: number;
  contacts: number;
  /** Share of request steps (other than the initial record) that carry a note: ~500,000 of ~2,000,000. */
  noteRate: number;
  openCases: number;
}

export const PLANS: Record<ArchiveSize, SeedPlan> = {
  large: { cases: 20_000, requests: 200_000, contacts: 30_000, noteRate: 0.27, openCases: 400 },
  // 1/100 of large, except that a dashboard needs a few open cases to show anything.
  small: { cases: 200, requests: 2_000, contacts: 300, noteRate: 0.27, openCases: 20 },
};

export interface SeedReport {
  until: string;
  counts: Record<string, number>;
  /** Milliseconds spent writing the rows, and computing the open requests' deadlines. */
  insertMs: number;
  deadlinesMs: number;
}

const OFFICE = {
  name: 'Benchmark archive (fictional)',
  homeCountry: 'FR',
  hostCountry: 'US',
  timeZone: 'America/New_York',
  referencePrefix: 'BENCH',
};
const ROWS_PER_TRANSACTION = 100_000;
const DAY_MS = 86_400_000;
const YEARS = 10;

const CHANNEL_WEIGHTS: Record<Channel, number> = { provider: 44, police: 18, mla: 21, rogatory: 17 };
/** Share of steps first recorded by mistake and undone (the undo is a step of its own). */
const UNDO_RATE = 0.1;
const PROVIDER_KIND_WEIGHTS: Record<(typeof PROVIDER_KINDS)[number], number> = {
  preservation: 30,
  preservation_extension: 5,
  voluntary_subscriber: 28,
  voluntary_traffic: 10,
  emergency_disclosure: 5,
  content_legal_process: 20,
  production_order: 2,
};
const POLICE_ROUTE_WEIGHTS: Record<(typeof POLICE_ROUTES)[number], number> = {
  interpol: 40,
  europol: 25,
  liaison: 25,
  direct: 10,
};
const URGENCY_WEIGHTS: Record<Urgency, number> = { routine: 80, urgent: 16, emergency: 4 };
const PRIORITY_WEIGHTS: Record<(typeof PRIORITIES)[number], number> = { low: 15, normal: 60, high: 20, critical: 5 };
const IDENTIFIER_WEIGHTS: Record<IdentifierKind, number> = {
  email: 30,
  phone: 25,
  ip: 20,
  account: 10,
  domain: 8,
  imei: 4,
  wallet: 3,
};
const PROVIDER_COUNTRIES = ['US', 'US', 'US', 'IE', 'IE', 'NL', 'DE'] as const;
const TAGS = ['priority-unit', 'joint-team', 'europol', 'media', 'minor-victim', 'cross-border', 'asset-recovery'];
const SUBJECT_ROLES = { suspect: 50, victim: 25, witness: 10, person_of_interest: 10, organisation: 5 } as const;
const CONTACT_KIND_WEIGHTS = Object.fromEntries(
  CONTACT_KINDS.map((kind) => [kind, kind === 'provider_le_team' || kind === 'prosecutor' ? 3 : 1]),
) as Record<(typeof CONTACT_KINDS)[number], number>;
const OUTCOME_TEXT = ['Request too broad', 'No dual criminality', 'Insufficient grounds', 'Data no longer held'];

/** Day numbers (days since 1970-01-01) to ISO dates, cached: millions of steps share a few thousand days. */
function dayNames() {
  const cache = new Map<number, string>();
  return (day: number): string => {
    let name = cache.get(day);
    if (name === undefined) {
      name = new Date(day * DAY_MS).toISOString().slice(0, 10);
      cache.set(day, name);
    }
    return name;
  };
}

/** The instant of a day's n-th step: early afternoon UTC, still the same day in the office's zone. */
function instantOf(date: string, n: number): string {
  const minutes = 15 * 60 + Math.min(n, 500);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00.000Z`;
}

/** Splits `total` over items in proportion to random weights: exact total, uneven spread. */
function allocate(rng: Rng, items: number, total: number): number[] {
  const weights = Array.from({ length: items }, () => 0.15 + rng.next() ** 2 * 3);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts: number[] = [];
  let cumulative = 0;
  let given = 0;
  for (const weight of weights) {
    cumulative += weight;
    const upTo = Math.round((total * cumulative) / sum);
    counts.push(upTo - given);
    given = upTo;
  }
  return counts;
}

function payloadFor(
  rng: Rng,
  action: string,
  channel: Channel,
  date: string,
  day: (n: number) => string,
  dayNumber: number,
  ref: string,
): TransitionPayload {
  switch (action) {
    case 'submit':
      return {
        submittedVia: rng.chance(0.8) ? 'portal' : 'email',
        ...(rng.chance(0.7) ? { ticket: `TKT-${rng.int(100000, 999999)}` } : {}),
      };
    case 'acknowledge':
      if (channel === 'mla') return { theirReference: `CA/${date.slice(0, 4)}/${rng.int(1000, 9999)}` };
      if (channel === 'provider' && rng.chance(0.3)) return { ticket: `TKT-${rng.int(100000, 999999)}` };
      return {};
    case 'send':
      return { messageReference: `MSG-${rng.int(10000, 99999)}`, handlingCode: rng.pick(['H0', 'H1', 'H2', 'H3']) };
    case 'answer':
    case 'answer_partially':
      return { usableInCourt: rng.chance(0.6) };
    case 'decline':
    case 'reject':
    case 'withdraw':
      return { reason: rng.pick(OUTCOME_TEXT) };
    case 'refuse':
      return { ground: rng.pick(OUTCOME_TEXT) };
    case 'send_diplomatic_note':
      return { diplomaticNoteNumber: `DN-${date.slice(0, 4)}-${rng.int(100, 999)}` };
    case 'transmit':
      return { ourReference: `${ref}/MLA` };
    case 'confirm_preservation':
    case 'extend':
      return { preservedUntil: day(dayNumber + 90) };
    default:
      return {};
  }
}

interface Statements {
  officer: Statement;
  counter: Statement;
  contact: Statement;
  kase: Statement;
  subject: Statement;
  identifier: Statement;
  request: Statement;
  event: Statement;
  timeline: Statement;
  link: Statement;
}

function prepare(ctx: AppContext): Statements {
  const db = ctx.db.sqlite;
  return {
    officer: db.prepare(
      'INSERT INTO officers (id, name, title, email, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    counter: db.prepare('INSERT INTO reference_counters (year, last) VALUES (?, ?)'),
    contact: db.prepare(
      `INSERT INTO contacts (id, uuid, kind, name, organisation, title, country, phones, emails, secure_channels, languages,
        time_zone, last_verified_on, notes, archived_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    kase: db.prepare(
      `INSERT INTO cases (id, uuid, reference, title, offence_category, counterpart_country, status, priority, lead_officer_id,
        opened_on, closed_on, summary, tags, archived_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    subject: db.prepare(
      `INSERT INTO subjects (id, uuid, case_id, name, role, nationality, date_of_birth, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    identifier: db.prepare(
      `INSERT INTO identifiers (id, uuid, case_id, subject_id, kind, value, observed_at, time_zone, platform, asset,
        note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    request: db.prepare(
      `INSERT INTO requests (id, uuid, case_id, channel, direction, kind, title, counterpart_country, counterpart_authority,
        provider, legal_basis, assistance_types, data_categories, urgency, status, finished, our_reference,
        their_reference, sent_on, due_on, preservation_until, responded_on, closed_on, handling_code, usable_in_court,
        outcome, refusal_ground, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    event: db.prepare(
      `INSERT INTO request_events (id, uuid, request_id, action, from_status, to_status, occurred_at, occurred_on, time_zone,
        recorded_at, actor, note, payload, before, undoes_event_id, undone_by_event_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    timeline: db.prepare(
      'INSERT INTO timeline_events (uuid, case_id, request_id, at, kind, actor, params) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    link: db.prepare('INSERT INTO request_contacts (request_id, contact_id, role, created_at) VALUES (?, ?, ?, ?)'),
  };
}

/** Commits every ~ROWS_PER_TRANSACTION rows; reports progress at each commit. */
class Batches {
  private rows = 0;
  constructor(
    private readonly ctx: AppContext,
    private readonly onCommit: () => void,
  ) {
    ctx.db.sqlite.exec('BEGIN');
  }
  add(rows: number): void {
    this.rows += rows;
    if (this.rows >= ROWS_PER_TRANSACTION) this.commit(true);
  }
  commit(again: boolean): void {
    this.ctx.db.sqlite.exec('COMMIT');
    this.rows = 0;
    this.onCommit();
    if (again) this.ctx.db.sqlite.exec('BEGIN');
  }
}

/** Writes the archive into an empty, migrated database (see seed-cli.ts). */
export function seedArchive(ctx: AppContext, options: SeedOptions): SeedReport {
  const db = ctx.db.sqlite;
  const existing = db.prepare('SELECT (SELECT count(*) FROM office) + (SELECT count(*) FROM cases) AS n').get() as {
    n: number;
  };
  if (existing.n > 0) throw new Error('seedArchive writes into an empty database only');
  const plan = PLANS[options.size];
  const rng = createRng(options.seed);
  // UUIDs from a stream of their own, so adding them left the rest of the archive as it was.
  const uuidStream = mulberry32(options.seed ^ 0x5eed_0005);
  const uuid = () => seededUuid(uuidStream);
  const day = dayNames();
  const until = options.until ?? dateInZone(ctx.clock.now(), OFFICE.timeZone);
  const lastDay = Math.round(Date.parse(`${until}T00:00:00Z`) / DAY_MS) - 1;
  const firstDay = lastDay - Math.round(YEARS * 365.25);
  const counts: Record<string, number> = {};
  const count = (what: string, n = 1) => (counts[what] = (counts[what] ?? 0) + n);
  // Progress counts requests (with their steps, the bulk of the work); contacts weigh a tenth of one.
  const total = Math.ceil(plan.contacts / 10) + plan.requests;
  let done = 0;
  const st = prepare(ctx);

  const started = performance.now();
  const bulk = beginBulkLoad(db);
  const batches = new Batches(ctx, () => options.onProgress?.(Math.min(done, total), total));
  try {
    const setupAt = instantOf(day(firstDay - 1), 0);
    const officers = Array.from({ length: 12 }, (_, i) => ({
      id: i + 1,
      name: `${FIRST_NAMES[(i * 7) % FIRST_NAMES.length]} ${LAST_NAMES[(i * 5) % LAST_NAMES.length]}`,
      // The last four are today's team; the others have moved on.
      active: i >= 8,
    }));
    for (const o of officers) {
      st.officer.run(
        o.id,
        o.name,
        o.active ? 'Legal attaché' : 'Former attaché',
        `${o.name.toLowerCase().replace(' ', '.')}@example.org`,
        o.active ? 1 : 0,
        setupAt,
        setupAt,
      );
    }
    db.prepare(
      `INSERT INTO office (id, name, home_country, host_country, time_zone, reference_prefix, is_sample,
        current_officer_id, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    ).run(
      OFFICE.name,
      OFFICE.homeCountry,
      OFFICE.hostCountry,
      OFFICE.timeZone,
      OFFICE.referencePrefix,
      officers.length,
      setupAt,
      setupAt,
    );
    db.prepare(
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, 'office.setup', 'office', 1, ?)",
    ).run(setupAt, officers.at(-1)!.name, JSON.stringify({ name: OFFICE.name, isSample: true, seed: options.seed }));
    count('officers', officers.length);

    // Contacts: the office's address book.
    const contactNames: string[] = [];
    for (let id = 1; id <= plan.contacts; id += 1) {
      const kind = rng.weighted(CONTACT_KIND_WEIGHTS);
      const country = rng.pick(COUNTRIES);
      const provider = kind === 'provider_le_team' ? rng.pick(PROVIDERS) : null;
      const contact = {
        kind,
        name: provider ? `Law enforcement response team ${id}` : personName(rng),
        organisation:
          provider ??
          `${rng.pick(['Ministry', 'Police', 'Prosecution', 'Court', 'Embassy'])} of ${country} (fictional)`,
        title: rng.chance(0.5)
          ? rng.pick(['Duty officer', 'Prosecutor', 'Desk officer', 'Registrar', 'Inspector'])
          : '',
        country,
        phones: Array.from({ length: rng.int(0, 2) }, () => fictionalPhone(rng)),
        emails: Array.from({ length: rng.int(0, 2) }, () => fictionalEmail(rng, id)),
        secureChannels: rng.chance(0.3)
          ? [{ kind: rng.pick(SECURE_CHANNEL_KINDS), address: `SC-${country}-${rng.int(100, 999)}` }]
          : [],
        languages: [...new Set([rng.pick(LANGUAGES), rng.pick(LANGUAGES)])],
        timeZone: rng.chance(0.8) ? rng.pick(TIME_ZONES) : null,
        lastVerifiedOn: rng.chance(0.7) ? day(rng.int(lastDay - 5 * 365, lastDay)) : null,
        notes: rng.chance(0.3) ? sentence(rng) : '',
      };
      contactNames.push(contact.name);
      if (id % 100 === 1) contract['contact:create'].input.parse(contact);
      const at = instantOf(day(rng.int(firstDay, lastDay)), 0);
      st.contact.run(
        id,
        uuid(),
        contact.kind,
        contact.name,
        contact.organisation,
        contact.title,
        contact.country,
        JSON.stringify(contact.phones),
        JSON.stringify(contact.emails),
        JSON.stringify(contact.secureChannels),
        JSON.stringify(contact.languages),
        contact.timeZone,
        contact.lastVerifiedOn,
        contact.notes,
        rng.chance(0.05) ? at : null,
        at,
        at,
      );
      count('contacts');
      if (id % 10 === 0) done += 1;
      batches.add(1);
    }

    // Cases in order of opening, so references number up through each year as the app's would.
    const openedDays = Array.from({ length: plan.cases }, () => rng.int(firstDay, lastDay - 2)).sort((a, b) => a - b);
    const openSet = new Set<number>();
    const recentFrom = Math.floor(plan.cases * 0.93);
    while (openSet.size < plan.openCases) {
      openSet.add(rng.chance(0.75) ? rng.int(recentFrom, plan.cases - 1) : rng.int(0, plan.cases - 1));
    }
    const requestCounts = allocate(rng, plan.cases, plan.requests);
    const counters = new Map<number, number>();
    let subjectId = 0;
    let identifierId = 0;
    let requestId = 0;
    let eventId = 0;

    for (let i = 0; i < plan.cases; i += 1) {
      const caseId = i + 1;
      const opened = openedDays[i]!;
      const openedOn = day(opened);
      const year = Number(openedOn.slice(0, 4));
      const sequence = (counters.get(year) ?? 0) + 1;
      counters.set(year, sequence);
      const reference = formatCaseReference(OFFICE.referencePrefix, year, sequence);
      const isOpen = openSet.has(i);
      const status: (typeof CASE_STATUSES)[number] = isOpen ? 'open' : rng.chance(0.01) ? 'suspended' : 'closed';
      const end =
        status === 'closed' ? Math.min(opened + rng.int(20, 60) + Math.floor(rng.next() ** 2 * 900), lastDay) : lastDay;
      const closedOn = status === 'closed' ? day(end) : null;
      const lead =
        officers[Math.min(officers.length - 1, Math.floor(((opened - firstDay) / (lastDay - firstDay + 1)) * 12))]!;
      const actor = lead.name;
      const createdAt = instantOf(openedOn, 0);
      const kase = {
        title: caseTitle(rng),
        offenceCategory: rng.pick(OFFENCE_CATEGORIES),
        counterpartCountry: rng.chance(0.9) ? rng.pick(COUNTRIES) : null,
        status,
        priority: rng.weighted(PRIORITY_WEIGHTS),
        leadOfficerId: lead.id,
        openedOn,
        closedOn,
        summary: rng.chance(0.6) ? `${sentence(rng)} ${sentence(rng)}` : '',
        tags: rng.chance(0.4) ? [...new Set([rng.pick(TAGS), ...(rng.chance(0.3) ? [rng.pick(TAGS)] : [])])] : [],
      };
      if (i % 100 === 0) contract['case:create'].input.parse(kase);
      let caseUpdatedAt = createdAt;
      const timeline: [number | null, string, string, string][] = [
        [null, createdAt, 'case_created', JSON.stringify({ reference, title: kase.title })],
      ];

      // Subjects and identifiers, added on the day the case was opened.
      const subjectIds: number[] = [];
      const subjectRows: unknown[][] = [];
      const subjectCount = Number(rng.weighted({ '0': 25, '1': 50, '2': 25 }));
      for (let n = 0; n < subjectCount; n += 1) {
        subjectId += 1;
        subjectIds.push(subjectId);
        const role = rng.weighted(SUBJECT_ROLES);
        const name = role === 'organisation' ? `${rng.pick(LAST_NAMES)} Holdings (fictional)` : personName(rng);
        const dob = role !== 'organisation' && rng.chance(0.5) ? day(opened - rng.int(18 * 365, 70 * 365)) : null;
        const notes = rng.chance(0.3) ? sentence(rng) : '';
        subjectRows.push([
          subjectId,
          uuid(),
          caseId,
          name,
          role,
          rng.chance(0.7) ? rng.pick(COUNTRIES) : null,
          dob,
          notes,
          createdAt,
          createdAt,
        ]);
        timeline.push([null, createdAt, 'subject_added', JSON.stringify({ name, role })]);
      }
      const identifierRows: unknown[][] = [];
      for (let n = Number(rng.weighted({ '0': 10, '1': 25, '2': 35, '3': 20, '4': 10 })); n > 0; n -= 1) {
        identifierId += 1;
        const kind = rng.weighted(IDENTIFIER_WEIGHTS);
        const fields = {
          kind,
          value:
            kind === 'email'
              ? fictionalEmail(rng, identifierId)
              : kind === 'phone'
                ? fictionalPhone(rng)
                : kind === 'ip'
                  ? fictionalIp(rng)
                  : kind === 'account'
                    ? `@user_${identifierId}`
                    : kind === 'domain'
                      ? fictionalDomain(rng, identifierId)
                      : kind === 'imei'
                        ? fictionalImei(rng)
                        : fictionalWallet(rng),
          observedAt:
            kind === 'ip'
              ? `${day(opened - rng.int(1, 60))}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00`
              : null,
          timeZone: kind === 'ip' ? rng.pick(TIME_ZONES) : null,
          platform: kind === 'account' ? rng.pick(PLATFORMS) : null,
          asset: kind === 'wallet' ? ('ETH' as const) : null,
        };
        const problems = checkIdentifier(fields);
        if (problems.length > 0)
          throw new Error(`generated an invalid ${kind} ${fields.value}: ${problems[0]!.message}`);
        const owner = subjectIds.length > 0 && rng.chance(0.6) ? rng.pick(subjectIds) : null;
        identifierRows.push([
          identifierId,
          uuid(),
          caseId,
          owner,
          kind,
          fields.value,
          fields.observedAt,
          fields.timeZone,
          fields.platform,
          fields.asset,
          rng.chance(0.2) ? sentence(rng, 3, 8) : '',
          createdAt,
          createdAt,
        ]);
        timeline.push([null, createdAt, 'identifier_added', JSON.stringify({ kind, value: fields.value })]);
      }

      // Requests with their steps, generated before the case row so it carries its last activity.
      const requestRows: unknown[][] = [];
      const eventRows: unknown[][] = [];
      const linkRows: unknown[][] = [];
      for (let r = 0; r < requestCounts[i]!; r += 1) {
        requestId += 1;
        const channel = rng.weighted(CHANNEL_WEIGHTS);
        const kind =
          channel === 'provider'
            ? rng.weighted(PROVIDER_KIND_WEIGHTS)
            : channel === 'police'
              ? rng.weighted(POLICE_ROUTE_WEIGHTS)
              : null;
        const urgency: Urgency = kind === 'emergency_disclosure' ? 'emergency' : rng.weighted(URGENCY_WEIGHTS);
        const direction = channel !== 'provider' && rng.chance(0.15) ? 'incoming' : 'outgoing';
        const provider = channel === 'provider' ? rng.pick(PROVIDERS) : '';
        const country = channel === 'provider' ? rng.pick(PROVIDER_COUNTRIES) : rng.pick(COUNTRIES);
        const title =
          channel === 'provider'
            ? `${kind!.replaceAll('_', ' ')} — ${provider}`
            : channel === 'police'
              ? `${kind} request to ${country}: ${rng.pick(['account holder', 'witness', 'vehicle', 'IP owner', 'bank records'])}`
              : `${channel === 'mla' ? 'MLA' : 'Letter rogatory'} to ${country}: ${rng.pick(['bank records', 'witness hearing', 'search', 'service of documents', 'seized devices'])}`;
        const path = fullPath(rng, channel, kind);
        const keepOpen = isOpen && rng.chance(0.65);
        const steps = keepOpen ? openPrefix(rng, channel, path) : path;
        // Dates: from the request's creation to the end of the case, steps spread out and never past it.
        const latestStart = keepOpen ? lastDay - 1 : Math.max(opened, end - 3);
        const startFrom = keepOpen ? Math.max(opened, lastDay - 420) : opened;
        const start = rng.int(Math.min(startFrom, latestStart), latestStart);
        const gaps = steps.map((step) =>
          rng.int(step.action === 'close' ? 1 : 2, step.action.startsWith('execute') ? 90 : 35),
        );
        const span = gaps.reduce((a, b) => a + b, 0);
        const room = Math.max(0, end - start);
        const scale = span > room ? room / span : 1;

        const row = {
          status: 'draft' as RequestStatus,
          sentOn: null as string | null,
          respondedOn: null as string | null,
          closedOn: null as string | null,
          preservationUntil: null as string | null,
          ourReference: channel === 'provider' ? '' : `${reference}/R${r + 1}`,
          theirReference: '',
          handlingCode: null as string | null,
          usableInCourt: null as boolean | null,
          outcome: null as string | null,
          refusalGround: null as string | null,
        };
        const startOn = day(start);
        const recordAt = instantOf(startOn, 0);
        eventId += 1;
        eventRows.push([
          eventId,
          uuid(),
          requestId,
          'record',
          null,
          'draft',
          recordAt,
          startOn,
          OFFICE.timeZone,
          recordAt,
          actor,
          '',
          '{}',
          '{}',
          null,
          null,
        ]);
        let minute = 0;
        timeline.push([
          requestId,
          recordAt,
          'request_created',
          JSON.stringify({ title, channel, direction, status: 'draft' }),
        ]);
        let at = recordAt;
        let stepDay = start;
        steps.forEach((step, n) => {
          stepDay += Math.floor(gaps[n]! * scale);
          const occurredOn = day(stepDay);
          const payload = payloadFor(rng, step.action, channel, occurredOn, day, stepDay, reference);
          const check = checkTransition(channel, row.status, kind, step.action, payload, occurredOn);
          if (!check.ok || check.to !== step.to) {
            throw new Error(
              `request ${requestId}: ${step.action} from ${row.status} refused (${JSON.stringify(check)})`,
            );
          }
          const patch: RequestPatch = { ...check.patch };
          if (row.sentOn && patch.sentOn) delete patch.sentOn;
          if (row.respondedOn && patch.respondedOn) delete patch.respondedOn;
          const before: Record<string, unknown> = { status: row.status };
          for (const key of Object.keys(patch) as (keyof RequestPatch)[]) before[key] = row[key];
          const from = row.status;
          const payloadText = JSON.stringify(payload);
          const beforeText = JSON.stringify(before);
          const stepEvent = (undoneBy: number | null) => {
            at = instantOf(occurredOn, (minute += 1));
            eventId += 1;
            const note = rng.chance(plan.noteRate) ? sentence(rng) : '';
            if (note) count('notes');
            eventRows.push([
              eventId,
              uuid(),
              requestId,
              step.action,
              from,
              check.to,
              at,
              occurredOn,
              OFFICE.timeZone,
              at,
              actor,
              note,
              payloadText,
              beforeText,
              null,
              undoneBy,
            ]);
            timeline.push([
              requestId,
              at,
              'request_status_changed',
              JSON.stringify({ title, channel, from, to: check.to, action: step.action }),
            ]);
          };
          if (rng.chance(UNDO_RATE)) {
            // Recorded by mistake (wrong request, wrong date) and undone the same day, then recorded again.
            stepEvent(eventId + 2);
            const after: Record<string, unknown> = { status: check.to };
            for (const key of Object.keys(patch) as (keyof RequestPatch)[]) after[key] = patch[key];
            const undoNote = rng.chance(0.5) ? 'Recorded on the wrong request.' : '';
            if (undoNote) count('notes');
            at = instantOf(occurredOn, (minute += 1));
            eventId += 1;
            eventRows.push([
              eventId,
              uuid(),
              requestId,
              'undo',
              check.to,
              from,
              at,
              occurredOn,
              OFFICE.timeZone,
              at,
              actor,
              undoNote,
              JSON.stringify({ undoes: step.action }),
              JSON.stringify(after),
              eventId - 1,
              null,
            ]);
            timeline.push([
              requestId,
              at,
              'request_step_undone',
              JSON.stringify({ title, channel, from: check.to, to: from, action: step.action }),
            ]);
          }
          Object.assign(row, patch, { status: check.to });
          stepEvent(null);
        });
        const finished = isFinished(channel, row.status);
        if (!finished && !isOpen) throw new Error(`request ${requestId} left open in a case that is not`);
        const dueOn = row.sentOn && rng.chance(0.3) ? day(Math.max(stepDay, start + rng.int(20, 90))) : null;
        const request = {
          caseId,
          channel,
          direction,
          kind,
          title,
          counterpartCountry: country,
          counterpartAuthority:
            channel === 'provider'
              ? ''
              : `${rng.pick(['Central authority', 'NCB', 'Prosecutor general', 'Ministry of Justice'])} of ${country} (fictional)`,
          provider,
          legalBasis:
            channel === 'mla'
              ? 'Bilateral MLA treaty (fictional), art. 4'
              : channel === 'rogatory'
                ? 'Comity and reciprocity'
                : '',
          assistanceTypes: channel === 'mla' || channel === 'rogatory' ? [rng.pick(ASSISTANCE_TYPES)] : [],
          dataCategories:
            channel === 'provider' && kind !== 'preservation' && kind !== 'preservation_extension'
              ? [rng.pick(['subscriber', 'traffic', 'content'] as const)]
              : [],
          urgency,
          ...row,
          dueOn,
          notes: rng.chance(0.2) ? sentence(rng) : '',
        };
        if (requestId % 200 === 1) contract['request:create'].input.parse(request);
        requestRows.push([
          requestId,
          uuid(),
          caseId,
          channel,
          direction,
          kind,
          title,
          country,
          request.counterpartAuthority,
          provider,
          request.legalBasis,
          JSON.stringify(request.assistanceTypes),
          JSON.stringify(request.dataCategories),
          urgency,
          row.status,
          finished ? 1 : 0,
          row.ourReference,
          row.theirReference,
          row.sentOn,
          dueOn,
          channel === 'provider' ? row.preservationUntil : null,
          row.respondedOn,
          row.closedOn,
          row.handlingCode,
          row.usableInCourt === null ? null : row.usableInCourt ? 1 : 0,
          row.outcome,
          row.refusalGround,
          request.notes,
          recordAt,
          at,
        ]);
        if (!finished) count('openRequests');
        if (at > caseUpdatedAt) caseUpdatedAt = at;
        if (rng.chance(0.45)) {
          const contactId = rng.int(1, plan.contacts);
          linkRows.push([requestId, contactId, 'counterpart', recordAt]);
          timeline.push([
            requestId,
            recordAt,
            'contact_linked',
            JSON.stringify({ name: contactNames[contactId - 1]!, role: 'counterpart', title }),
          ]);
        }
      }

      st.kase.run(
        caseId,
        uuid(),
        reference,
        kase.title,
        kase.offenceCategory,
        kase.counterpartCountry,
        status,
        kase.priority,
        kase.leadOfficerId,
        openedOn,
        closedOn,
        kase.summary,
        JSON.stringify(kase.tags),
        status === 'closed' && end < lastDay - 3 * 365 && rng.chance(0.15) ? instantOf(day(end + 30), 0) : null,
        createdAt,
        caseUpdatedAt,
      );
      for (const values of subjectRows) st.subject.run(values);
      for (const values of identifierRows) st.identifier.run(values);
      for (const values of requestRows) st.request.run(values);
      for (const values of eventRows) st.event.run(values);
      for (const values of linkRows) st.link.run(values);
      for (const [req, when, kind, params] of timeline) st.timeline.run(uuid(), caseId, req, when, kind, actor, params);
      count('cases');
      if (isOpen) count('openCases');
      count('subjects', subjectRows.length);
      count('identifiers', identifierRows.length);
      count('requests', requestRows.length);
      count('requestEvents', eventRows.length);
      count('requestContacts', linkRows.length);
      count('timelineEvents', timeline.length);
      done += requestRows.length;
      batches.add(
        1 +
          subjectRows.length +
          identifierRows.length +
          requestRows.length +
          eventRows.length +
          linkRows.length +
          timeline.length,
      );
    }
    for (const [year, last] of counters) st.counter.run(year, last);
    batches.commit(false);
  } catch (error) {
    bulk.abandon();
    throw error;
  }
  bulk.finish();
  const insertMs = performance.now() - started;

  const deadlinesStarted = performance.now();
  const inputs = deadlineInputs(ctx, requireOffice(ctx.db.orm));
  counts.deadlinesRefreshed = db.transaction(() => refreshOpenRequests(ctx.db.orm, inputs))();
  counts.requestDeadlines = (db.prepare('SELECT count(*) AS n FROM request_deadlines').get() as { n: number }).n;
  const deadlinesMs = performance.now() - deadlinesStarted;
  db.pragma('wal_checkpoint(TRUNCATE)');
  options.onProgress?.(total, total);
  return { until, counts, insertMs, deadlinesMs };
}
