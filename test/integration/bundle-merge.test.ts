import { afterEach, describe, expect, it } from 'vitest';
import type { CaseData } from '../../shared/domain/bundle/case-data';
import { caseData } from '../../shared/domain/bundle/case-data';
import { snapshotCases } from '../../electron/core/bundles/case-snapshot';
import { prepareExportData, recordExport } from '../../electron/core/bundles/export-data';
import { applyImport, type MergeChoices } from '../../electron/core/bundles/import-apply';
import { planImport } from '../../electron/core/bundles/import-plan';
import { SAMPLE_OFFICE } from '../../electron/core/samples/sample-records';
import { inWrite } from '../../electron/core/write-scope';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

const apps: TestApp[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.close()));

async function sampleOffice(): Promise<TestApp> {
  const app = openTestApp();
  apps.push(app);
  await app.call('office:loadSample', {});
  return app;
}

/** A second installation whose officers share names with the sample's, so lead officers carry over. */
async function receivingOffice(): Promise<TestApp> {
  const app = openTestApp();
  apps.push(app);
  await app.call('office:setup', { ...OFFICE_PROFILE, name: 'Headquarters desk', officers: SAMPLE_OFFICE.officers });
  return app;
}

function caseIds(app: TestApp): number[] {
  return (app.ctx.db.sqlite.prepare('SELECT id FROM cases ORDER BY id').all() as { id: number }[]).map((r) => r.id);
}

function exportFrom(app: TestApp, ids = caseIds(app)): CaseData {
  const data = caseData.parse(JSON.parse(JSON.stringify(prepareExportData(app.ctx.db.orm, ids))));
  inWrite(app.ctx, (scope) =>
    recordExport(scope, data, { bundleSha256: 'f'.repeat(64), fileName: 't.legat', encrypted: false }),
  );
  return data;
}

function importInto(app: TestApp, data: CaseData, choices: MergeChoices = {}) {
  const plan = planImport(app.ctx.db.orm, data, () => true);
  return {
    plan,
    apply: () =>
      inWrite(app.ctx, (scope) =>
        applyImport(scope, plan, choices, {
          bundleSha256: 'e'.repeat(64),
          officeName: 'Sample office',
          signerFingerprint: 'AAAA',
          fileName: 'case.legat',
        }),
      ),
  };
}

/** The data as it travels, without what each office writes about the exchange itself. */
function comparable(data: CaseData) {
  return data.cases.map((c) => ({
    ...c,
    timeline: c.timeline.filter((t) => t.kind !== 'case_exported' && t.kind !== 'case_imported'),
    attachments: c.attachments.map((a) => ({ ...a, origin: null })),
  }));
}

function snapshotByUuid(app: TestApp, data: CaseData): CaseData {
  const ids = data.cases.map(
    (c) => (app.ctx.db.sqlite.prepare('SELECT id FROM cases WHERE uuid = ?').get(c.uuid) as { id: number }).id,
  );
  return snapshotCases(app.ctx.db.orm, ids, {});
}

describe('bundle import: plan and merge', () => {
  it('recreates every case exactly in an office that had none of it', async () => {
    const sender = await sampleOffice();
    const receiver = await receivingOffice();
    const data = exportFrom(sender);
    const { plan, apply } = importInto(receiver, data);
    expect(plan.records.every((r) => r.action === 'create')).toBe(true);
    const result = apply();
    expect(result.cases).toHaveLength(data.cases.length);
    expect(comparable(snapshotByUuid(receiver, data))).toEqual(comparable(data));
    const received = snapshotByUuid(receiver, data);
    expect(received.contacts.map((c) => c.uuid).sort()).toEqual(data.contacts.map((c) => c.uuid).sort());
  });

  it('changes nothing when the same bundle is imported twice', async () => {
    const sender = await sampleOffice();
    const receiver = await receivingOffice();
    const data = exportFrom(sender);
    importInto(receiver, data).apply();
    const counts = () =>
      receiver.ctx.db.sqlite
        .prepare(
          'SELECT (SELECT count(*) FROM cases) c, (SELECT count(*) FROM requests) r, (SELECT count(*) FROM request_events) e, (SELECT count(*) FROM subjects) s, (SELECT count(*) FROM request_contacts) l',
        )
        .get();
    const before = counts();
    const again = importInto(receiver, data);
    expect(new Set(again.plan.records.map((r) => r.action))).toEqual(new Set(['unchanged']));
    expect(again.plan.additions).toMatchObject({ steps: 0, timeline: 0, attachments: 0, links: 0 });
    again.apply();
    expect(counts()).toEqual(before);
  });

  it('takes changes made only on the other side, keeps changes made only here, and asks about the rest', async () => {
    const sender = await sampleOffice();
    const receiver = await receivingOffice();
    const [caseId] = caseIds(sender);
    importInto(receiver, exportFrom(sender, [caseId!])).apply();

    // Both sides edit after the exchange.
    const senderCase = await sender.call('case:get', { id: caseId! });
    const firstRequest = (id: number, app: TestApp) =>
      (
        app.ctx.db.sqlite.prepare('SELECT id FROM requests WHERE case_id = ? ORDER BY id LIMIT 1').get(id) as {
          id: number;
        }
      ).id;
    const fullRequest = await sender.call('request:get', { id: firstRequest(caseId!, sender) });
    await sender.call('request:update', { ...fullRequest, notes: 'Provider called back on Monday.' });
    await sender.call('case:update', { ...senderCase, leadOfficerId: null, title: 'Title from the field office' });

    const receiverCaseId = (receiver.ctx.db.sqlite.prepare('SELECT id FROM cases').get() as { id: number }).id;
    const receiverCase = await receiver.call('case:get', { id: receiverCaseId });
    await receiver.call('case:update', { ...receiverCase, leadOfficerId: null, title: 'Title from headquarters' });
    const subject = receiverCase.subjects[0]!;
    await receiver.call('subject:update', {
      id: subject.id,
      subject: {
        name: subject.name,
        role: subject.role,
        nationality: subject.nationality,
        dateOfBirth: subject.dateOfBirth,
        notes: 'Seen at HQ',
      },
    });

    const data = exportFrom(sender, [caseId!]);
    const { plan } = importInto(receiver, data);
    const byEntity = (entity: string) => plan.records.filter((r) => r.entity === entity);
    const caseRecord = byEntity('case')[0]!;
    expect(caseRecord.action).toBe('conflict');
    expect(caseRecord.conflicts).toEqual([
      { field: 'title', mine: 'Title from headquarters', theirs: 'Title from the field office' },
    ]);
    expect(byEntity('request').find((r) => r.uuid === data.cases[0]!.requests[0]!.uuid)?.action).toBe('update');
    expect(byEntity('subject').find((r) => r.uuid === data.cases[0]!.subjects[0]!.uuid)?.action).toBe('keep');

    // Unsettled conflicts refuse the import and write nothing.
    const before = receiver.ctx.db.sqlite.prepare('SELECT count(*) n FROM audit_log').get();
    expect(() => importInto(receiver, data).apply()).toThrow(/Choose which version to keep for 1 conflicting field/);
    expect(receiver.ctx.db.sqlite.prepare('SELECT count(*) n FROM audit_log').get()).toEqual(before);

    importInto(receiver, data, { [caseRecord.uuid]: { title: 'theirs' } }).apply();
    const merged = await receiver.call('case:get', { id: receiverCaseId });
    expect(merged.title).toBe('Title from the field office');
    expect(merged.subjects[0]!.notes).toBe('Seen at HQ');
    const mergedRequest = await receiver.call('request:get', { id: firstRequest(receiverCaseId, receiver) });
    expect(mergedRequest.notes).toBe('Provider called back on Monday.');

    // The exchange is now the common base: the same bundle again changes nothing.
    expect(new Set(importInto(receiver, data).plan.records.map((r) => r.action))).toEqual(
      new Set(['unchanged', 'keep']),
    );
  });

  it('gives a new reference when the bundle’s reference belongs to another case here', async () => {
    const sender = await sampleOffice();
    const receiver = await sampleOffice();
    const [caseId] = caseIds(sender);
    const data = exportFrom(sender, [caseId!]);
    const { plan, apply } = importInto(receiver, data);
    expect(plan.cases[0]).toMatchObject({ action: 'create', referenceTaken: true });
    const result = apply();
    expect(result.cases[0]!.reference).not.toBe(data.cases[0]!.reference);
    expect(result.cases[0]!.reference).toMatch(/^DEMO-\d{4}-\d{4}$/);
  });
});

describe('bundle import: lead officers', () => {
  it('does not report a lead officer unknown here as a change on every later import', async () => {
    const sender = await sampleOffice();
    const receiver = openTestApp();
    apps.push(receiver);
    await receiver.call('office:setup', { ...OFFICE_PROFILE, name: 'Desk without the sample officers' });
    const [caseId] = caseIds(sender);
    importInto(receiver, exportFrom(sender, [caseId!])).apply();
    const again = importInto(receiver, exportFrom(sender, [caseId!]));
    expect(new Set(again.plan.records.map((r) => r.action))).toEqual(new Set(['unchanged']));
  });
});
