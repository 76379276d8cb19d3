import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
afterEach(() => app.close());

it('names a bundle with the office’s wall-clock time, as the rest of the app shows times', async () => {
  // 01:48 UTC on 7 December is 20:48 on 6 December in New York.
  app = openTestApp({ now: '2026-12-07T01:48:00Z' });
  await app.call('office:setup', OFFICE_PROFILE);
  const { id, reference } = await app.call('case:create', CASE);
  const exported = await app.call('bundle:export', { jobId: randomUUID(), caseIds: [id] });
  expect(path.basename(exported.path)).toBe(`${reference}-20261206-2048.legat`);
});
