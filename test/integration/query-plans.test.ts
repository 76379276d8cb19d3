/**
 * Every list query keeps an index-backed plan on an office with thousands of rows: no full table scan
 * and no sort of a whole large table. The test seeds a realistic spread of rows, records the SQL each
 * list channel really issues and checks its EXPLAIN QUERY PLAN, both without statistics (the app never
 * runs ANALYZE) and with them (should it ever run `PRAGMA optimize`).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT_KINDS } from '../../shared/domain/contacts';
import { CHANNELS, FINISHED_STATUSES, STATUSES_BY_CHANNEL, URGENCIES } from '../../shared/domain/requests';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

/** Tables that grow with the office's work: a plain scan or a whole-table sort of these is a failure. */
const LARGE_TABLES = new Set([
  'cases',
  'requests',
  'request_events',
  'request_deadlines',
  'timeline_events',
  'contacts',
  'identifiers',
]);

const CASES = 3000;
const REQUESTS = 6000;
const CONTACTS = 3000;
const NOW = '2026-11-30T10:00:00Z';

/** A small deterministic generator, so the seeded spread (and so the plans) never change between runs. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

const day = (offset: number) => new Date(Date.parse(NOW) + offset * 86_400_000).toISOString();
const date = (offset: number) => day(offset).slice(0, 10);

function seed(sqlite: Database.Database, analyze: boolean): void {
  const pick = generator(42);
  const insertCase = sqlite.prepare(
    `INSERT INTO cases (reference, title, offence_category, counterpart_country, status, priority, lead_officer_id,
       opened_on, archived_at, created_at, updated_at)
     VALUES (?, ?, 'illegal_access', ?, ?, ?, 1, ?, ?, ?, ?)`,
  );
  const insertIdentifier = sqlite.prepare(
    `INSERT INTO identifiers (case_id, kind, value, created_at, updated_at) VALUES (?, 'email', ?, ?, ?)`,
  );
  const insertTimeline = sqlite.prepare(
    `INSERT INTO timeline_events (case_id, request_id, at, kind, actor, params) VALUES (?, ?, ?, ?, 'Anne Officer', '{}')`,
  );
  const insertRequest = sqlite.prepare(
    `INSERT INTO requests (case_id, channel, direction, title, counterpart_country, urgency, status, finished,
       sent_on, due_on, preservation_until, created_at, updated_at)
     VALUES (?, ?, 'outgoing', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = sqlite.prepare(
    `INSERT INTO request_events (request_id, action, from_status, to_status, occurred_at, occurred_on, time_zone,
       recorded_at, payload, before)
     VALUES (?, ?, ?, ?, ?, ?, 'America/New_York', ?, '{}', '{}')`,
  );
  const insertDeadline = sqlite.prepare(
    `INSERT INTO request_deadlines (key, request_id, case_id, rule_id, title, deadline_kind, due_at, due_date, met_at, detail)
     VALUES (?, ?, ?, 'test.rule', 'Answer due', 'response', ?, ?, ?, '{}')`,
  );
  const insertContact = sqlite.prepare(
    `INSERT INTO contacts (kind, name, country, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertLink = sqlite.prepare(
    `INSERT OR IGNORE INTO request_contacts (request_id, contact_id, role, created_at) VALUES (?, ?, 'counterpart', ?)`,
  );
  const countries = ['US', 'GB', 'DE', 'IE', 'NL', 'ES', 'IT', 'BE', 'CA', 'AU'];
  const caseStatuses = ['open', 'open', 'open', 'suspended', 'closed'];
  const priorities = ['low', 'normal', 'normal', 'high', 'critical'];
  sqlite.transaction(() => {
    for (let i = 1; i <= CASES; i++) {
      const updated = day(-pick(900));
      const archived = pick(10) === 0 ? updated : null;
      insertCase.run(
        `LGT-2026-${String(i).padStart(5, '0')}`,
        `Case ${i}`,
        countries[pick(countries.length)],
        caseStatuses[pick(caseStatuses.length)],
        priorities[pick(priorities.length)],
        date(-pick(900) - 900),
        archived,
        updated,
        updated,
      );
      insertIdentifier.run(i, `user${i}@example.org`, updated, updated);
      insertIdentifier.run(i, `alt${i}@example.net`, updated, updated);
      for (let k = 0; k < 4; k++) insertTimeline.run(i, null, day(-pick(900)), 'case_updated');
    }
    for (let i = 1; i <= CONTACTS; i++) {
      const updated = day(-pick(900));
      insertContact.run(
        CONTACT_KINDS[pick(CONTACT_KINDS.length)],
        `Contact ${pick(100000)}`,
        countries[pick(countries.length)],
        pick(10) === 0 ? updated : null,
        updated,
        updated,
      );
    }
    for (let i = 1; i <= REQUESTS; i++) {
      const caseId = 1 + pick(CASES);
      const channel = CHANNELS[pick(CHANNELS.length)]!;
      const finished = pick(5) < 2;
      const statuses: readonly string[] = finished ? FINISHED_STATUSES[channel] : STATUSES_BY_CHANNEL[channel];
      const status = statuses[pick(statuses.length)]!;
      const updated = day(-pick(900));
      const due = pick(4) === 0 ? null : date(pick(120) - 60);
      insertRequest.run(
        caseId,
        channel,
        `Request ${i}`,
        countries[pick(countries.length)],
        URGENCIES[pick(URGENCIES.length)],
        status,
        finished ? 1 : 0,
        pick(3) === 0 ? null : date(-pick(300)),
        due,
        channel === 'provider' && !finished ? date(pick(90)) : null,
        updated,
        updated,
      );
      insertEvent.run(i, 'record', null, 'draft', updated, updated.slice(0, 10), updated);
      insertEvent.run(i, 'send', 'draft', status, updated, updated.slice(0, 10), updated);
      insertTimeline.run(caseId, i, updated, 'request_created');
      for (let k = 0; k < 2; k++) {
        const dueAt = day(pick(120) - 60);
        insertDeadline.run(`r${i}:${k}`, i, caseId, dueAt, dueAt.slice(0, 10), pick(3) === 0 ? dueAt : null);
      }
      insertLink.run(i, 1 + pick(CONTACTS), updated);
    }
  })();
  if (analyze) sqlite.exec('ANALYZE');
}

interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The SELECT statements `run` makes the app issue, with their parameters. Hot reads keep their
 * statements prepared per connection, so every statement's runs are watched, not just new ones.
 */
async function captureSelects(app: TestApp, run: () => Promise<unknown>): Promise<Statement[]> {
  const statementProto = Object.getPrototypeOf(app.ctx.db.sqlite.prepare('SELECT 1')) as Record<
    string,
    (...params: unknown[]) => unknown
  >;
  const captured: Statement[] = [];
  const originals = (['all', 'get', 'iterate', 'run'] as const).map(
    (method) => [method, statementProto[method]!] as const,
  );
  for (const [method, original] of originals) {
    statementProto[method] = function (this: { source: string }, ...params: unknown[]) {
      if (/^\s*select\b/i.test(this.source)) captured.push({ sql: this.source, params });
      return original.apply(this, params);
    };
  }
  try {
    await run();
  } finally {
    for (const [method, original] of originals) statementProto[method] = original;
  }
  const seen = new Set<string>();
  return captured.filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface PlanStep {
  id: number;
  parent: number;
  detail: string;
}

function planOf(app: TestApp, statement: Statement): PlanStep[] {
  return app.ctx.db.sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as PlanStep[];
}

function renderPlan(plan: PlanStep[]): string {
  const depth = new Map<number, number>([[0, 0]]);
  return plan
    .map((step) => {
      const d = (depth.get(step.parent) ?? 0) + 1;
      depth.set(step.id, d);
      return `${'  '.repeat(d)}${step.detail}`;
    })
    .join('\n');
}

const tableOf = (detail: string) => /^(?:SCAN|SEARCH) (\w+)/.exec(detail)?.[1] ?? '';

/**
 * What is wrong with a plan: a full scan of a large table (a SCAN that walks an index in order is how
 * a sorted page with LIMIT is read, and is fine), or a temporary sort next to a large table. A call
 * whose filter is an indexed SEARCH down to a few rows (one case, one request, given channels and
 * statuses) may sort those rows: `sortsMatches` says so, and then only a sort after a SCAN fails.
 */
function problemsOf(plan: PlanStep[], sortsMatches: boolean): string[] {
  const problems: string[] = [];
  for (const step of plan) {
    const scan = /^SCAN (\w+)(.*)$/.exec(step.detail);
    if (scan && LARGE_TABLES.has(scan[1]!) && !/USING (COVERING )?INDEX/.test(scan[2]!)) {
      problems.push(`full scan: ${step.detail}`);
    }
    if (/^USE TEMP B-TREE FOR (RIGHT PART OF )?ORDER BY/.test(step.detail)) {
      const siblings = plan.filter((other) => other.parent === step.parent && LARGE_TABLES.has(tableOf(other.detail)));
      const sortsWholeTable = siblings.some((other) => other.detail.startsWith('SCAN '));
      if (sortsWholeTable || (siblings.length > 0 && !sortsMatches)) problems.push(`sort: ${step.detail}`);
    }
  }
  return problems;
}

const CASE_ID = 7;
const REQUEST_ID = 11;

const CALLS: { label: string; run: (app: TestApp) => Promise<unknown>; sortsMatches?: boolean }[] = [
  { label: 'case:list default (updatedAt asc)', run: (app) => app.call('case:list', {}) },
  { label: 'case:list updatedAt desc', run: (app) => app.call('case:list', { sortBy: 'updatedAt', sortDir: 'desc' }) },
  { label: 'case:list statuses', run: (app) => app.call('case:list', { statuses: ['open', 'suspended'] }) },
  { label: 'case:list by reference', run: (app) => app.call('case:list', { sortBy: 'reference' }) },
  { label: 'case:list by title desc', run: (app) => app.call('case:list', { sortBy: 'title', sortDir: 'desc' }) },
  { label: 'case:list by opened date', run: (app) => app.call('case:list', { sortBy: 'openedOn' }) },
  { label: 'case:list by country', run: (app) => app.call('case:list', { sortBy: 'counterpartCountry' }) },
  {
    label: 'request:list one country',
    run: (app) => app.call('request:list', { counterpartCountry: 'DE', sortDir: 'desc' }),
  },
  { label: 'request:list default', run: (app) => app.call('request:list', {}) },
  {
    label: 'request:list caseId, sorted by dueOn',
    run: (app) => app.call('request:list', { caseId: CASE_ID, sortBy: 'dueOn' }),
    sortsMatches: true,
  },
  {
    label: 'request:list channels + statuses + counterpartCountry',
    run: (app) =>
      app.call('request:list', {
        channels: ['provider', 'mla'],
        statuses: ['submitted', 'transmitted'],
        counterpartCountry: 'US',
      }),
    sortsMatches: true,
  },
  { label: 'request:list sorted by dueOn', run: (app) => app.call('request:list', { sortBy: 'dueOn' }) },
  { label: 'request:list state open', run: (app) => app.call('request:list', { state: 'open', sortDir: 'desc' }) },
  { label: 'contact:list default (name)', run: (app) => app.call('contact:list', {}) },
  {
    label: 'contact:list kinds',
    run: (app) => app.call('contact:list', { kinds: ['legal_attache', 'interpol_ncb'] }),
  },
  { label: 'deadline:list overdue', run: (app) => app.call('deadline:list', { scope: 'overdue' }) },
  { label: 'deadline:list today', run: (app) => app.call('deadline:list', { scope: 'today' }) },
  // The week's open deadlines are read in the order of their index (day, then time), never sorted.
  { label: 'deadline:list week', run: (app) => app.call('deadline:list', { scope: 'week' }) },
  {
    label: 'deadline:list requestId',
    run: (app) => app.call('deadline:list', { scope: 'all', requestId: REQUEST_ID }),
    sortsMatches: true,
  },
  { label: 'dashboard:get', run: (app) => app.call('dashboard:get', {}) },
  { label: 'timeline:list caseId', run: (app) => app.call('timeline:list', { caseId: CASE_ID }) },
  {
    label: 'timeline:list caseId oldest first',
    run: (app) => app.call('timeline:list', { caseId: CASE_ID, order: 'oldest' }),
  },
  { label: 'request:workflow', run: (app) => app.call('request:workflow', { id: REQUEST_ID }) },
  // Keyset forms: the page after a cursor must seek in the index, not walk it from the start.
  ...(
    [
      ['case:list', {}],
      ['case:list', { sortBy: 'updatedAt', sortDir: 'desc' }],
      ['request:list', {}],
      ['request:list', { sortBy: 'updatedAt', sortDir: 'desc' }],
      ['request:list', { sortBy: 'dueOn' }],
      ['request:list', { sortBy: 'dueOn', sortDir: 'desc' }],
      ['request:list', { state: 'open', sortDir: 'desc' }],
      ['request:list', { channels: ['provider', 'mla', 'police'], sortBy: 'updatedAt', sortDir: 'desc' }],
      ['contact:list', {}],
      ['contact:list', { sortDir: 'desc' }],
    ] as const
  ).map(([channel, input]) => ({
    label: `${channel} ${JSON.stringify(input)} next page`,
    run: async (app: TestApp) => {
      const first = await app.call(channel, { ...input, limit: 20 });
      expect(first.nextCursor).not.toBeNull();
      return app.call(channel, { ...input, limit: 20, cursor: first.nextCursor });
    },
  })),
];

describe.each([
  { stats: 'without statistics', analyze: false },
  { stats: 'after ANALYZE', analyze: true },
])('list query plans $stats', ({ analyze }) => {
  let app: TestApp;
  beforeAll(async () => {
    app = openTestApp({ now: NOW });
    await app.call('office:setup', OFFICE_PROFILE);
    seed(app.ctx.db.sqlite, analyze);
  }, 60_000);
  afterAll(() => app.close());

  it.each(CALLS)('$label', async ({ run, sortsMatches = false }) => {
    const statements = await captureSelects(app, () => run(app));
    expect(statements.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const statement of statements) {
      const plan = planOf(app, statement);
      const problems = problemsOf(plan, sortsMatches);
      if (problems.length > 0) {
        failures.push(
          `${problems.join('; ')}\n  ${statement.sql}\n  params ${JSON.stringify(statement.params)}\n${renderPlan(plan)}`,
        );
      }
    }
    if (failures.length > 0) console.log(failures.join('\n\n'));
    expect(failures, failures.join('\n\n')).toEqual([]);
  });

  it("counts the dashboard's overdue deadlines from two covering indexes, never reading a deadline or a case", async () => {
    const statements = await captureSelects(app, () => app.call('dashboard:get', {}));
    const counts = statements.filter((s) => /count\(\*\)/.test(s.sql) && s.sql.includes('"request_deadlines"'));
    expect(counts.length).toBeGreaterThan(0);
    const overdue = counts.filter((s) => /"due_at" < \?/.test(s.sql));
    expect(overdue).toHaveLength(1);
    const plan = renderPlan(planOf(app, overdue[0]!));
    expect(plan).toMatch(/SEARCH \w+ USING COVERING INDEX request_deadlines_open_due_idx/);
    expect(plan).toMatch(/SEARCH cases USING COVERING INDEX cases_id_archived_idx/);
    expect(plan).not.toMatch(/SEARCH cases USING INTEGER PRIMARY KEY/);
  });
});
