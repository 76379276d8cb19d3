import { takeAnchor } from '../audit/anchor';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { BundleExportResult } from '../../../shared/contract/bundles';
import type { ParsedInput } from '../../../shared/ipc-contract';
import type { AppContext } from '../context';
import { requireIntactForExport } from '../backups/integrity-gate';
import { AppError } from '../errors';
import { blobPath, hasBlob } from '../files/blob-store';
import { exportPath, exportsDir } from '../files/exports-folder';
import { requireOffice } from '../office/office-repo';
import { inWrite } from '../write-scope';
import { bundleState } from './bundle-state';
import { writeBundleJob } from './export-job';
import { isBundleError } from './format';
import { loadOrCreateOfficeKey } from '../crypto/office-key';
import { newContainer } from '../crypto/encryption';
import { dateInZone } from '../../../shared/domain/dates';
import { timeInZone } from '../../../shared/domain/zoned-time';
import { mergeableRecords, prepareExportData, recordExport } from './export-data';
import { progressEmitter } from '../events/progress';
import { summaryHtml } from './summary-html';
import { dialogTitle } from '../i18n/main-text';
import { mainProcessLanguage } from '../i18n/officer-language';

export const CASE_DATA_ENTRY = 'case-data.json';
export const SUMMARY_ENTRY = 'summary.html';
export const attachmentEntry = (sha256: string) => `attachments/${sha256}`;

/** The stamp is the office's wall-clock time, as every time a person reads in Legat. */
function fileNameFor(references: string[], at: Date, timeZone: string): string {
  const stamp = `${dateInZone(at, timeZone).replace(/-/g, '')}-${timeInZone(at, timeZone).replace(':', '')}`;
  const what = references.length === 1 ? references[0]! : `${references.length}-cases`;
  return `${what.replace(/[^A-Za-z0-9_-]/g, '_')}-${stamp}.legat`;
}

async function destinationFor(
  ctx: AppContext,
  location: 'exports' | 'choose',
  fileName: string,
): Promise<string | null> {
  if (location === 'exports') return exportPath(ctx.paths.dataDir, fileName);
  if (!ctx.dialogs)
    throw new AppError(
      'VALIDATION',
      'Choosing a folder needs the desktop app; in the browser the bundle is saved to the exports folder.',
    );
  const chosen = await ctx.dialogs.saveFile({
    title: dialogTitle(mainProcessLanguage(ctx), 'exportBundle'),
    defaultName: fileName,
  });
  if (!chosen) return null;
  return chosen.endsWith('.legat') ? chosen : `${chosen}.legat`;
}

/**
 * Writes the chosen cases to one signed `.legat` file: case data, a readable summary and every
 * attachment, streamed (a file of any size passes through a small buffer), cancellable by job id,
 * atomic (a cancelled or failed export leaves no file). Only a finished file is recorded on the
 * audit trail, with its hash, and becomes the records' common base.
 */
export async function exportBundle(ctx: AppContext, input: ParsedInput<'bundle:export'>): Promise<BundleExportResult> {
  const office = requireOffice(ctx.db.orm);
  requireIntactForExport(ctx);
  // The passphrase's key is derived on libuv's pool while the data is gathered and the worker starts.
  const container = input.passphrase === null ? null : newContainer(input.passphrase);
  // A refusal below leaves it unawaited: its failure must not surface as an unhandled rejection.
  container?.catch(() => {});
  const data = prepareExportData(ctx.db.orm, input.caseIds);
  const key = loadOrCreateOfficeKey(ctx.paths.dataDir);
  const createdAt = ctx.clock.now().toISOString();
  const fileName = fileNameFor(
    data.cases.map((c) => c.reference),
    new Date(createdAt),
    office.timeZone,
  );
  const attachments = new Map(data.cases.flatMap((c) => c.attachments.map((a) => [a.sha256, a.size] as const)));
  for (const sha256 of attachments.keys()) {
    if (!hasBlob(ctx.paths.dataDir, sha256)) {
      throw new AppError(
        'INTERNAL',
        `An attachment file is missing from the data folder (${blobPath(ctx.paths.dataDir, sha256)}); the bundle would be incomplete.`,
      );
    }
  }
  const destination = await destinationFor(ctx, input.location, fileName);
  if (!destination) throw new AppError('VALIDATION', 'Export cancelled: no file was chosen.');

  const state = bundleState(ctx);
  if (state.exports.has(input.jobId)) throw new AppError('CONFLICT', 'This export is already running.');
  const controller = new AbortController();
  state.exports.set(input.jobId, controller);
  const officer = ctx.db.sqlite
    .prepare('SELECT o.name FROM office f JOIN officers o ON o.id = f.current_officer_id')
    .get() as { name: string } | undefined;
  const progress = progressEmitter(ctx, `bundle-export:${input.jobId}`);
  // Waiting in the data folder for its download, the bundle is sealed like everything else kept there
  // (an unprotected bundle is a readable zip of the cases); the download decrypts it.
  const inExports = path.dirname(destination) === exportsDir(ctx.paths.dataDir);
  try {
    const written = await writeBundleJob(
      ctx.paths.bundleWorker,
      {
        dataDir: ctx.paths.dataDir,
        dataKey: ctx.session.dataKey(),
        destination,
        jsonEntries: [{ name: CASE_DATA_ENTRY, value: data }],
        textEntries: [
          {
            name: SUMMARY_ENTRY,
            text: summaryHtml(data, {
              officeName: office.name,
              officer: officer?.name ?? null,
              createdAt,
              appVersion: ctx.version,
              fingerprint: key.fingerprint,
            }),
          },
        ],
        files: [...attachments].map(([sha256, size]) => ({ name: attachmentEntry(sha256), size, sha256 })),
        manifest: {
          appVersion: ctx.version,
          createdAt,
          office: { name: office.name, homeCountry: office.homeCountry, hostCountry: office.hostCountry },
          officer: officer?.name ?? null,
          caseData: CASE_DATA_ENTRY,
          summary: SUMMARY_ENTRY,
          cases: data.cases.map((c) => ({ uuid: c.uuid, reference: c.reference, title: c.title })),
          records: mergeableRecords(data).map(({ entity, record }) => ({ entity, uuid: record.uuid })),
          // The sending office's audit chain head, signed on its own: kept by the receiver, it can later
          // show whether the sender's log was rewritten (audit/CHAIN.md).
          auditAnchor: takeAnchor(ctx.db.sqlite, key, new Date(createdAt)),
        },
        sealAtRest: inExports,
      },
      { onProgress: progress.report, signal: controller.signal },
      container,
    );
    try {
      inWrite(ctx, (scope) =>
        recordExport(scope, data, {
          bundleSha256: written.sha256,
          fileName: path.basename(written.path),
          encrypted: input.passphrase !== null,
        }),
      );
    } catch (error) {
      // An export that is not on the audit trail must not exist.
      rmSync(written.path, { force: true });
      throw error;
    }
    progress.finish();
    return {
      fileName: path.basename(written.path),
      path: written.path,
      sha256: written.sha256,
      size: written.size,
      cases: data.cases.length,
      attachments: attachments.size,
      encrypted: input.passphrase !== null,
      downloadPath:
        ctx.mode === 'browser' && inExports ? `/files/export/${encodeURIComponent(path.basename(written.path))}` : null,
    };
  } catch (error) {
    if (controller.signal.aborted) throw new AppError('VALIDATION', 'Export cancelled; no file was written.');
    if (isBundleError(error)) throw new AppError('VALIDATION', error.message);
    throw error;
  } finally {
    state.exports.delete(input.jobId);
  }
}

export function cancelExport(ctx: AppContext, jobId: string): void {
  bundleState(ctx).exports.get(jobId)?.abort();
}
