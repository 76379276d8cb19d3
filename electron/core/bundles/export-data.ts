import { inArray } from 'drizzle-orm';
import type { CaseData } from '../../../shared/domain/bundle/case-data';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { cases } from '../db/schema';
import { recordTimeline } from '../timeline/timeline-repo';
import type { WriteScope } from '../write-scope';
import { snapshotCases } from './case-snapshot';
import { recordHash, type MergeEntity } from './record-hash';
import { basesFor, setBase } from './sync-bases';

/** Every record of the data whose fields merge one by one, with its entity. */
export function mergeableRecords(data: CaseData): { entity: MergeEntity; record: { uuid: string } }[] {
  return [
    ...data.contacts.map((record) => ({ entity: 'contact' as const, record })),
    ...data.cases.flatMap((c) => [
      { entity: 'case' as const, record: c },
      ...c.subjects.map((record) => ({ entity: 'subject' as const, record })),
      ...c.identifiers.map((record) => ({ entity: 'identifier' as const, record })),
      ...c.requests.map((record) => ({ entity: 'request' as const, record })),
      ...c.manualDeadlines.map((record) => ({ entity: 'deadline' as const, record })),
    ]),
  ];
}

/** The cases' data as it will travel, carrying this office's common bases for every record. */
export function prepareExportData(orm: Orm, caseIds: number[]): CaseData {
  const data = snapshotCases(orm, caseIds, {});
  const uuids = mergeableRecords(data).map((r) => r.record.uuid);
  return { ...data, bases: Object.fromEntries(basesFor(orm, uuids)) };
}

export interface ExportOrigin {
  bundleSha256: string;
  fileName: string;
  encrypted: boolean;
}

/**
 * Once the file is safely written: what was sent becomes the common base of each record, and the
 * export is on the audit trail and each case's timeline with the bundle's hash.
 */
export function recordExport(scope: WriteScope, data: CaseData, origin: ExportOrigin): void {
  for (const { entity, record } of mergeableRecords(data)) {
    const hash = recordHash(entity, record);
    setBase(scope, record.uuid, entity, hash);
  }
  const rows = scope.orm
    .select({ id: cases.id, uuid: cases.uuid, reference: cases.reference })
    .from(cases)
    .where(
      inArray(
        cases.uuid,
        data.cases.map((c) => c.uuid),
      ),
    )
    .all();
  for (const row of rows) {
    recordTimeline(scope, {
      caseId: row.id,
      kind: 'case_exported',
      params: { file: origin.fileName, bundle: origin.bundleSha256.slice(0, 16) },
    });
  }
  recordAudit(scope, {
    action: 'bundle.export',
    entity: 'bundle',
    entityId: null,
    details: {
      bundleSha256: origin.bundleSha256,
      file: origin.fileName,
      encrypted: origin.encrypted,
      cases: rows.map((r) => r.reference),
    },
  });
}
