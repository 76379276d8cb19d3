import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotCases } from '../../electron/core/bundles/case-snapshot';
import type { CaseData } from '../../shared/domain/bundle/case-data';
import type { ChannelInput } from '../../shared/ipc-contract';
import { attach, downloadedCopy, uploadBundle } from '../support/bundles';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ '-]{0,30}$/).filter((s) => s.trim().length > 0);
const requestTemplates = [
  {
    channel: 'provider',
    kind: 'preservation',
    counterpartCountry: 'US',
    provider: 'Example Mail Inc.',
    dataCategories: ['subscriber', 'traffic'],
  },
  {
    channel: 'mla',
    counterpartCountry: 'DE',
    counterpartAuthority: 'Federal Office of Justice',
    assistanceTypes: ['search_seizure'],
  },
  { channel: 'police', kind: 'europol', counterpartCountry: 'NL', ourReference: 'SIENA-1' },
] satisfies Omit<ChannelInput<'request:create'>, 'caseId' | 'title'>[];

const caseSpec = fc.record({
  title: word,
  summary: fc.string({ maxLength: 200 }),
  priority: fc.constantFrom('low', 'normal', 'high', 'critical'),
  tags: fc.uniqueArray(fc.constantFrom('webmail', 'fraud', 'urgent', 'crypto'), { maxLength: 3 }),
  subjects: fc.array(
    fc.record({
      name: word,
      role: fc.constantFrom('suspect', 'victim', 'witness'),
      notes: fc.string({ maxLength: 80 }),
    }),
    { maxLength: 3 },
  ),
  emails: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,10}@example\.(org|com)$/), { maxLength: 3 }),
  requests: fc.array(
    fc.record({ template: fc.integer({ min: 0, max: 2 }), title: word, notes: fc.string({ maxLength: 80 }) }),
    { maxLength: 3 },
  ),
  files: fc.array(fc.uint8Array({ minLength: 0, maxLength: 2048 }), { maxLength: 2 }),
});

async function office(name: string): Promise<TestApp> {
  const app = openTestApp();
  await app.call('office:setup', { ...OFFICE_PROFILE, name });
  return app;
}

function comparable(data: CaseData) {
  return {
    contacts: data.contacts,
    cases: data.cases.map((c) => ({
      ...c,
      timeline: c.timeline.filter((t) => t.kind !== 'case_exported' && t.kind !== 'case_imported'),
      attachments: c.attachments.map((a) => ({ ...a, origin: null })),
    })),
  };
}

describe('bundle round trip (property)', () => {
  it('imports into an empty installation exactly the case that was exported, whatever the case holds', async () => {
    await fc.assert(
      fc.asyncProperty(caseSpec, async (spec) => {
        const from = await office('Field office');
        const to = await office('Receiving office');
        try {
          const created = await from.call('case:create', {
            title: spec.title,
            offenceCategory: 'fraud',
            counterpartCountry: 'US',
            openedOn: '2026-10-01',
            priority: spec.priority,
            summary: spec.summary,
            tags: spec.tags,
          });
          for (const s of spec.subjects) await from.call('subject:add', { caseId: created.id, subject: s });
          for (const email of spec.emails) {
            await from.call('identifier:add', { caseId: created.id, identifier: { kind: 'email', value: email } });
          }
          for (const r of spec.requests) {
            await from.call('request:create', {
              caseId: created.id,
              ...requestTemplates[r.template]!,
              title: r.title,
              notes: r.notes,
            });
          }
          for (const [i, bytes] of spec.files.entries())
            await attach(from, created.id, Buffer.from(bytes), `file-${i}.bin`);

          const exported = await from.call('bundle:export', { jobId: randomUUID(), caseIds: [created.id] });
          const preview = await to.call('bundle:inspect', {
            source: { kind: 'upload', token: uploadBundle(to, await downloadedCopy(exported.path)) },
          });
          const result = await to.call('bundle:import', { sessionId: preview.sessionId, trustSigner: true });

          const sent = snapshotCases(from.ctx.db.orm, [created.id], {});
          const received = snapshotCases(to.ctx.db.orm, [result.cases[0]!.id], {});
          // Lead officers travel by name; the receiving office has the same officer, so they match too.
          expect(comparable(received)).toEqual(comparable(sent));
        } finally {
          from.close();
          to.close();
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
