/**
 * Every channel, fed arbitrary input: the dispatcher answers with an envelope (never throws), an
 * input the contract refuses comes back as VALIDATION, nothing is an INTERNAL error, and a refused
 * call leaves the database exactly as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, ERROR_CODES } from '../../shared/ipc-contract';
import { openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = openTestApp();
  await app.call('office:loadSample', {});
});
afterAll(() => app.close());

function fingerprint(): string {
  const tables = app.ctx.db.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'",
    )
    .all() as { name: string }[];
  return tables
    .map(
      ({ name }) =>
        `${name}:${JSON.stringify(app.ctx.db.sqlite.prepare(`SELECT count(*) AS n, max(rowid) AS m FROM "${name}"`).get())}`,
    )
    .join('|');
}

const plausible = fc.oneof(
  fc.anything(),
  fc.dictionary(
    fc.constantFrom(
      'id',
      'caseId',
      'requestId',
      'title',
      'channel',
      'status',
      'cursor',
      'limit',
      'q',
      'sessionId',
      'jobId',
      'token',
      'kind',
      'value',
      'name',
      'page',
    ),
    fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.boolean(), fc.double(), fc.array(fc.string())),
  ),
);

describe('IPC fuzzing', () => {
  it('answers every channel with a typed envelope, and a refused call changes nothing', async () => {
    const codes = new Set<string>(ERROR_CODES);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES), plausible, async (channel, input) => {
        const valid = contract[channel].input.safeParse(input ?? {}).success;
        const before = fingerprint();
        const envelope = await app.raw(channel, input);
        // auth:lock ends the session (as it should: tested in auth-session.test.ts); the fuzzing goes on signed in.
        if (!app.ctx.session.isUnlocked()) app.ctx.session.open(TEST_DATA_KEY, null);
        if (!envelope.ok) {
          expect(codes.has(envelope.error.code), `${channel}: ${envelope.error.code}`).toBe(true);
          expect(envelope.error.code, `${channel} ${JSON.stringify(input)}: ${envelope.error.message}`).not.toBe(
            'INTERNAL',
          );
          if (!valid) expect(envelope.error.code).toBe('VALIDATION');
          expect(fingerprint(), `${channel} refused but wrote`).toBe(before);
        }
      }),
      { numRuns: 1500 },
    );
  }, 120_000);
});
