import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { statSync } from 'node:fs';
import type { ImportPreview } from '../../../shared/contract/bundles';
import { caseData } from '../../../shared/domain/bundle/case-data';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { hasBlob } from '../files/blob-store';
import { requestChanged } from '../requests/request-deadlines';
import { inWrite } from '../write-scope';
import { bundleState, closeSession, dropUpload, expireSessions, type ImportSession } from './bundle-state';
import { attachmentEntry, CASE_DATA_ENTRY } from './export-bundle';
import { isBundleError } from './format';
import { openBundleReader, type OpenedBundle } from './bundle-reader';
import { applyImport } from './import-apply';
import { planImport, type ImportPlan } from './import-plan';
import { loadOrCreateOfficeKey } from '../crypto/office-key';
import { progressEmitter } from '../events/progress';
import { isTrusted, trustKey } from './trusted-keys-repo';
import { dialogTitle } from '../i18n/main-text';
import { mainProcessLanguage } from '../i18n/officer-language';

const rejected = (message: string, code: string) =>
  new AppError('VALIDATION', `The bundle was refused: ${message}`, [{ path: ['bundle'], message: code }]);

async function sourcePath(
  ctx: AppContext,
  input: ParsedInput<'bundle:inspect'>,
): Promise<{ path: string; fileName: string }> {
  if (input.source.kind === 'upload') {
    const upload = bundleState(ctx).uploads.get(input.source.token);
    if (!upload) throw new AppError('NOT_FOUND', 'The uploaded bundle is no longer available; choose the file again.');
    return upload;
  }
  if (!ctx.dialogs)
    throw new AppError('VALIDATION', 'Choosing a file needs the desktop app; in the browser, upload the bundle.');
  const [chosen] = await ctx.dialogs.openFiles({ title: dialogTitle(mainProcessLanguage(ctx), 'importBundle') });
  if (!chosen) throw new AppError('VALIDATION', 'Import cancelled: no file was chosen.');
  return { path: chosen, fileName: path.basename(chosen) };
}

/** The case data inside a verified bundle, checked against its schema and against the manifest. */
function readCaseData(bundle: OpenedBundle) {
  const names = new Set(bundle.manifest.entries.map((e) => e.name));
  if (!bundle.json) throw rejected(`it holds no ${CASE_DATA_ENTRY}.`, 'MISSING_ENTRY');
  const parsed = caseData.safeParse(bundle.json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw rejected(
      `${CASE_DATA_ENTRY} does not follow the case data schema (at ${issue?.path.join('.') || 'the top'}: ${issue?.message ?? 'invalid'}).`,
      'SCHEMA_INVALID',
    );
  }
  for (const c of parsed.data.cases) {
    for (const a of c.attachments) {
      if (!names.has(attachmentEntry(a.sha256))) {
        throw rejected(`the file “${a.originalName}” of case ${c.reference} is not in the bundle.`, 'MISSING_ENTRY');
      }
    }
  }
  return parsed.data;
}

function previewOf(ctx: AppContext, sessionId: string, session: ImportSession): ImportPreview {
  const { bundle, plan } = session;
  const manifest = bundle.manifest as {
    createdAt?: unknown;
    appVersion?: unknown;
    office?: { name?: unknown };
    officer?: unknown;
  };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const own = loadOrCreateOfficeKey(ctx.paths.dataDir);
  const isOwn = bundle.signer.fingerprint === own.fingerprint;
  return {
    sessionId,
    fileName: session.fileName,
    bundleSha256: bundle.bundleSha256,
    size: session.size,
    encrypted: bundle.encrypted,
    createdAt: text(manifest.createdAt),
    appVersion: text(manifest.appVersion),
    office: text(manifest.office?.name),
    officer: typeof manifest.officer === 'string' ? manifest.officer : null,
    signer: { ...bundle.signer, own: isOwn, trusted: isOwn || isTrusted(ctx.db.orm, bundle.signer.fingerprint) },
    cases: plan.cases,
    records: plan.records.map(({ theirHash: _hash, ...r }) => r),
    additions: plan.additions,
  };
}

/**
 * Opens and verifies a bundle completely (signature, every hash, names, sizes, schema) and compares
 * it with this office's data. Nothing is written; the verified bundle stays open for the import.
 */
export async function inspectBundle(ctx: AppContext, input: ParsedInput<'bundle:inspect'>): Promise<ImportPreview> {
  const state = bundleState(ctx);
  await expireSessions(ctx, ctx.clock.now().getTime());
  const source = await sourcePath(ctx, input);
  const sessionId = randomUUID();
  const progress = progressEmitter(ctx, `bundle-inspect:${sessionId}`);
  let bundle: OpenedBundle;
  try {
    bundle = await openBundleReader(
      ctx.paths.bundleWorker,
      {
        path: source.path,
        passphrase: input.passphrase ?? null,
        jsonEntry: CASE_DATA_ENTRY,
        dataDir: ctx.paths.dataDir,
      },
      progress.report,
    );
  } catch (error) {
    const retry = isBundleError(error) && (error.code === 'PASSPHRASE_REQUIRED' || error.code === 'WRONG_PASSPHRASE');
    if (input.source.kind === 'upload' && !retry) dropUpload(ctx, input.source.token);
    if (isBundleError(error)) throw rejected(error.message, error.code);
    throw error;
  }
  const upload = input.source.kind === 'upload' ? input.source.token : null;
  try {
    const data = readCaseData(bundle);
    const plan = planImport(ctx.db.orm, data, (sha) => hasBlob(ctx.paths.dataDir, sha));
    const session: ImportSession = {
      bundle,
      plan,
      fileName: source.fileName,
      size: statSync(source.path).size,
      openedAt: ctx.clock.now().getTime(),
      uploadPath: upload ? source.path : null,
    };
    // The session owns the file from here: it goes when the session closes.
    if (upload) state.uploads.delete(upload);
    state.sessions.set(sessionId, session);
    progress.finish();
    return previewOf(ctx, sessionId, session);
  } catch (error) {
    await bundle.close();
    if (upload) dropUpload(ctx, upload);
    throw error;
  }
}

const samePlan = (a: ImportPlan, b: ImportPlan) =>
  a.records.length === b.records.length &&
  a.records.every((r, i) => r.uuid === b.records[i]?.uuid && r.action === b.records[i]?.action);

/**
 * Imports an inspected bundle as previewed: attachment files are streamed into the store (checked
 * against their hashes again), then every record is written in one transaction, all or nothing.
 */
export async function importBundle(
  ctx: AppContext,
  input: ParsedInput<'bundle:import'>,
): Promise<ChannelOutput<'bundle:import'>> {
  const session = bundleState(ctx).sessions.get(input.sessionId);
  if (!session) throw new AppError('NOT_FOUND', 'This import preview has expired; open the bundle again.');
  const { bundle } = session;
  const own = loadOrCreateOfficeKey(ctx.paths.dataDir);
  const trusted = bundle.signer.fingerprint === own.fingerprint || isTrusted(ctx.db.orm, bundle.signer.fingerprint);
  if (!trusted && !input.trustSigner) {
    throw new AppError(
      'FORBIDDEN',
      `The bundle is signed by a key this office does not trust (fingerprint ${bundle.signer.fingerprint}). Check the fingerprint with the sender, then trust it to import.`,
    );
  }
  // The data may have changed since the preview: the officer must see what will really happen.
  const plan = planImport(ctx.db.orm, session.plan.data, (sha) => hasBlob(ctx.paths.dataDir, sha));
  if (!samePlan(plan, session.plan)) {
    throw new AppError(
      'CONFLICT',
      'The data changed since the preview was made; open the bundle again to see the new comparison.',
    );
  }
  const progress = progressEmitter(ctx, `bundle-import:${input.sessionId}`);
  const total = plan.missingBlobs.reduce((sum, b) => sum + b.size, 0);
  let done = 0;
  for (const blob of plan.missingBlobs) {
    try {
      await bundle.storeEntry(attachmentEntry(blob.sha256), {
        maxBytes: blob.size,
        dataKey: ctx.session.dataKey(),
        expectSha256: blob.sha256,
        onBytes: (n) => progress.report(done + n, total),
      });
    } catch (error) {
      if (!isBundleError(error)) throw error;
      // A refused bundle is not kept: the officer must open it again anyway.
      await closeSession(ctx, input.sessionId);
      const named = plan.data.cases.flatMap((c) => c.attachments).find((a) => a.sha256 === blob.sha256);
      const which = named ? `the file “${named.originalName}”: ` : '';
      throw rejected(`${which}${error.message}`, error.code);
    }
    done += blob.size;
  }
  const { office } = bundle.manifest as { office?: { name?: unknown } };
  const officeName = typeof office?.name === 'string' ? office.name : '';
  const result = inWrite(ctx, (scope) => {
    if (!trusted)
      trustKey(
        scope,
        { publicKey: bundle.signer.publicKey, officeName, label: `Trusted on import of ${session.fileName}` },
        own,
      );
    const applied = applyImport(scope, plan, input.choices, {
      bundleSha256: bundle.bundleSha256,
      officeName,
      signerFingerprint: bundle.signer.fingerprint,
      fileName: session.fileName,
    });
    for (const id of applied.touchedRequestIds) requestChanged(scope, id);
    return applied;
  });
  progress.finish();
  await closeSession(ctx, input.sessionId);
  const { touchedRequestIds: _ids, ...summary } = result;
  return summary;
}
