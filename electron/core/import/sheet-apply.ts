import type Database from 'better-sqlite3-multiple-ciphers';
import { and, eq } from 'drizzle-orm';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import { contract } from '../../../shared/ipc-contract';
import { zonedInstant } from '../../../shared/domain/zoned-time';
import { recordAudit } from '../audit/audit-repo';
import { addIdentifier } from '../cases/identifiers-repo';
import type { AppContext } from '../context';
import { deadlineInputs } from '../deadlines/deadline-inputs';
import { refreshRequestDeadlines } from '../deadlines/refresh';
import { identifiers, requestEvents, requests } from '../db/schema';
import { AppError } from '../errors';
import { requireOffice } from '../office/office-repo';
import { createRequest, updateRequest } from '../requests/requests-repo';
import { transitionRequest } from '../workflow/transitions';
import { type WriteScope } from '../write-scope';
import { progressEmitter } from '../events/progress';
import type { PlannedRow } from './sheet-plan';
import { planSheet } from './sheet-plan';
import { requireSession } from './sheet-session';
import { rememberValues } from './sheet-values';
import { inSlicedWrite } from './sliced-write';
import { bulkCreator } from './bulk-create';

type Office = ReturnType<typeof requireOffice>;

export const stepColumns = (row: typeof requests.$inferSelect) => ({
  sentOn: row.sentOn,
  respondedOn: row.respondedOn,
  closedOn: row.closedOn,
  preservationUntil: row.preservationUntil,
  handlingCode: row.handlingCode,
  usableInCourt: row.usableInCourt,
});

/** The row's key, its Legat ids and hash, for the next import of the sheet (see DECISIONS.md, Re-import). */
function recordSaver(sqlite: Database.Database, scope: WriteScope, sha256: string) {
  const upsert = sqlite.prepare(`INSERT INTO import_records
      (kind, source_key, case_id, request_id, content_hash, file_sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (kind, source_key) DO UPDATE SET content_hash = excluded.content_hash,
        file_sha256 = excluded.file_sha256, imported_at = excluded.imported_at, case_id = excluded.case_id,
        request_id = excluded.request_id`);
  return (kind: 'case' | 'request', key: string, row: PlannedRow, caseId: number, requestId: number | null) =>
    upsert.run(kind, key, caseId, requestId, row.hash, sha256, scope.now);
}

function caseFor(
  create: (fields: ParsedInput<'case:create'>) => number,
  row: PlannedRow,
  made: Map<string, number>,
  input: ParsedInput<'sheet:import'>,
  fileName: string,
  openedOn: string,
): { id: number; created: boolean } {
  if (row.caseId !== null) return { id: row.caseId, created: false };
  const known = made.get(row.caseKey);
  if (known !== undefined) return { id: known, created: false };
  const reference = row.caseReference ? `Reference in the previous register: ${row.caseReference}. ` : '';
  const id = create(
    contract['case:create'].input.parse({
      title: row.caseTitle.slice(0, 200),
      offenceCategory: input.offenceCategory,
      counterpartCountry: row.country,
      openedOn,
      summary: `${reference}Imported from ${fileName}.`,
    }),
  );
  made.set(row.caseKey, id);
  return { id, created: true };
}

/** The steps of the row's history, through the workflow's own transition path (so deadlines count from them). */
function recordHistory(scope: WriteScope, office: Office, row: PlannedRow, requestId: number): void {
  for (const step of row.history) {
    transitionRequest(
      scope,
      office,
      contract['request:transition'].input.parse({
        requestId,
        ...step,
        note: 'Imported from the office’s previous register.',
      }),
      // The sending check is for letters written in Legat; these were sent long ago, on paper.
      { checkDrafting: false },
    );
  }
}

function addMissingIdentifiers(scope: WriteScope, caseId: number, row: PlannedRow): void {
  for (const identifier of row.identifiers) {
    const exists = scope.orm
      .select({ id: identifiers.id })
      .from(identifiers)
      .where(
        and(
          eq(identifiers.caseId, caseId),
          eq(identifiers.kind, identifier.kind),
          eq(identifiers.value, identifier.value),
        ),
      )
      .get();
    if (!exists) addIdentifier(scope, contract['identifier:add'].input.parse({ caseId, identifier }));
  }
}

/**
 * A row through the repositories, one record at a time: a corrected row (its request updated, its
 * history continued) and the rare new row the bulk writer does not take (a supersede step).
 */
function writeOneByOne(scope: WriteScope, office: Office, row: PlannedRow, caseId: number): number {
  let requestId: number;
  if (row.action === 'create') {
    requestId = createRequest(scope, { ...row.fields!, caseId });
    // The request's first record is dated when the old register says it began, not today.
    if (row.firstDate) {
      scope.orm
        .update(requestEvents)
        .set({ occurredOn: row.firstDate, occurredAt: zonedInstant(row.firstDate, '12:00', office.timeZone) })
        .where(and(eq(requestEvents.requestId, requestId), eq(requestEvents.action, 'record')))
        .run();
    }
  } else {
    requestId = row.requestId!;
    const current = scope.orm.select().from(requests).where(eq(requests.id, requestId)).get()!;
    // Columns the workflow's steps set keep their recorded values; the steps below move them on.
    updateRequest(scope, {
      ...row.fields,
      ...stepColumns(current),
      id: requestId,
      status: current.status,
    } as ParsedInput<'request:update'>);
  }
  recordHistory(scope, office, row, requestId);
  addMissingIdentifiers(scope, caseId, row);
  return requestId;
}

export const sheetImportTask = (sessionId: string) => `sheet-import:${sessionId}`;

/**
 * Applies a confirmed preview in one IMMEDIATE transaction with one `sheet.import` audit row (the
 * file's SHA-256 and the counts) beside each record's own rows. Rows still showing a problem stop
 * the import: the officer fixes, skips or exports them first, so nothing is half-imported. The write
 * runs in slices reporting `progress:update` (rows, then deadlines) and can be cancelled until it
 * commits (`sheet:cancel`).
 */
export async function importSheet(
  ctx: AppContext,
  input: ParsedInput<'sheet:import'>,
): Promise<ChannelOutput<'sheet:import'>> {
  const session = requireSession(ctx, input.sessionId);
  const progress = progressEmitter(ctx, sheetImportTask(input.sessionId));
  try {
    return await inSlicedWrite(ctx, input.sessionId, async (scope, slicer) => {
      const plan = slicer.run(() => planSheet(scope.orm, session, input, scope.now));
      const left = plan.rows.filter((r) => r.action === 'problem');
      if (left.length > 0) {
        throw new AppError('VALIDATION', `${left.length} rows still have problems: fix, skip or export them first.`, [
          { path: ['rows'], message: 'validation.sheetImport.problemsLeft' },
        ]);
      }
      const office = slicer.run(() => requireOffice(scope.orm));
      const inputs = slicer.run(() => deadlineInputs(ctx, office));
      const made = new Map<string, number>();
      const openedOn = new Map<string, string>();
      for (const row of plan.rows) {
        const date = row.firstDate ?? scope.now.slice(0, 10);
        const known = openedOn.get(row.caseKey);
        if (!known || date < known) openedOn.set(row.caseKey, date);
      }
      const toWrite = plan.rows.filter((r) => (r.action === 'create' || r.action === 'update') && r.fields);
      // Rows, then each request's deadlines: two units of work per row.
      const total = toWrite.length * 2;
      progress.report(0, total);
      const requestIds: number[] = [];
      let created = 0;
      let updated = 0;
      let casesCreated = 0;
      let index = 0;
      const saveRecord = recordSaver(ctx.db.sqlite, scope, session.sha256);
      const bulk = bulkCreator(ctx.db.sqlite, scope, office);
      const writeRow = (row: PlannedRow) => {
        const theCase = caseFor(bulk.createCase, row, made, input, session.fileName, openedOn.get(row.caseKey)!);
        if (theCase.created) casesCreated += 1;
        saveRecord('case', row.caseKey, row, theCase.id, null);
        let requestId: number;
        if (row.action === 'create' && bulk.fits(row)) {
          requestId = bulk.createRequest(row, theCase.id);
          bulk.addMissingIdentifiers(theCase.id, row);
          created += 1;
        } else {
          bulk.settle();
          requestId = writeOneByOne(scope, office, row, theCase.id);
          if (row.action === 'create') created += 1;
          else updated += 1;
        }
        saveRecord('request', row.key, row, theCase.id, requestId);
        requestIds.push(requestId);
      };
      while (
        await slicer.slice(() => {
          if (index >= toWrite.length) return false;
          writeRow(toWrite[index]!);
          index += 1;
          return index < toWrite.length;
        }, bulk.settle)
      )
        progress.report(index, total);
      // Once per request after all its steps: a request's deadlines depend only on its own history.
      const touched = [...new Set(requestIds)];
      let refreshed = 0;
      while (
        await slicer.slice(() => {
          if (refreshed >= touched.length) return false;
          const requestId = touched[refreshed]!;
          if (!bulk.storeDeadlines(requestId, inputs)) refreshRequestDeadlines(scope.orm, requestId, inputs);
          refreshed += 1;
          return refreshed < touched.length;
        })
      )
        progress.report(toWrite.length + refreshed, total);
      return slicer.run(() => {
        bulk.settle();
        rememberValues(scope, plan.table);
        const summary = {
          created,
          updated,
          unchanged: plan.rows.filter((r) => r.action === 'unchanged').length,
          skipped: plan.rows.filter((r) => r.action === 'skipped').length,
          casesCreated,
          requestIds,
        };
        recordAudit(scope, {
          action: 'sheet.import',
          entity: 'request',
          entityId: null,
          details: {
            file: session.fileName,
            sha256: session.sha256,
            sheet: input.sheet,
            created,
            updated,
            unchanged: summary.unchanged,
            skipped: summary.skipped,
            casesCreated,
          },
        });
        return summary;
      });
    });
  } finally {
    // Done, cancelled or refused: the last event closes every progress bar following the task.
    progress.finish();
  }
}
