import { afterEach, expect, it } from 'vitest';
import { caseData, type CaseData } from '../../shared/domain/bundle/case-data';
import { prepareExportData, recordExport } from '../../electron/core/bundles/export-data';
import { applyImport } from '../../electron/core/bundles/import-apply';
import { planImport } from '../../electron/core/bundles/import-plan';
import { SAMPLE_OFFICE } from '../../electron/core/samples/sample-records';
import { inWrite } from '../../electron/core/write-scope';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

const apps: TestApp[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.close()));

function exportFrom(app: TestApp): CaseData {
  const ids = (app.ctx.db.sqlite.prepare('SELECT id FROM cases ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const data = caseData.parse(JSON.parse(JSON.stringify(prepareExportData(app.ctx.db.orm, ids))));
  inWrite(app.ctx, (scope) =>
    recordExport(scope, data, { bundleSha256: 'f'.repeat(64), fileName: 't.legat', encrypted: false }),
  );
  return data;
}

function importInto(app: TestApp, data: CaseData): void {
  const plan = planImport(app.ctx.db.orm, data, () => true);
  inWrite(app.ctx, (scope) =>
    applyImport(
      scope,
      plan,
      {},
      { bundleSha256: 'e'.repeat(64), officeName: 'Sample', signerFingerprint: 'AAAA', fileName: 'c.legat' },
    ),
  );
}

it('contacts travel with their organisation name; the receiving directory files them, and a later move follows', async () => {
  const sender = openTestApp();
  const receiver = openTestApp();
  apps.push(sender, receiver);
  await sender.call('office:loadSample', {});
  await receiver.call('office:setup', { ...OFFICE_PROFILE, officers: SAMPLE_OFFICE.officers });

  const first = exportFrom(sender);
  const travelled = first.contacts.find((c) => c.organisation !== '')!;
  importInto(receiver, first);
  const [here] = (await receiver.call('contact:list', { q: travelled.name })).items;
  expect(here).toMatchObject({ name: travelled.name, organisation: travelled.organisation });
  expect((await receiver.call('organisation:get', { id: here!.organisationId! })).name).toBe(travelled.organisation);

  // The sender moves the person; the next bundle carries the new name and the receiver records a move.
  const [there] = (await sender.call('contact:list', { q: travelled.name })).items;
  const target = await sender.call('organisation:create', {
    kind: 'ministry',
    name: 'Ministry of Examples',
    country: there!.country,
  });
  await sender.call('affiliation:move', { contactId: there!.id, organisationId: target.id, fromOn: '2026-12-01' });
  importInto(receiver, exportFrom(sender));
  const history = await receiver.call('affiliation:list', { contactId: here!.id });
  expect(history.items.map((a) => [a.organisationName, a.current])).toEqual([
    ['Ministry of Examples', true],
    [travelled.organisation, false],
  ]);
});
