import { eq } from 'drizzle-orm';
import type { AuthStatus } from '../../../shared/contract/auth';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { AppContext } from '../context';
import { officers } from '../db/schema';
import { AppError } from '../errors';
import { inWrite } from '../write-scope';
import { authStatus, requireKeyStore } from './auth-status';
import { writeKeyStore } from './keystore';
import { checkPassphrase, officerEntry, prepareOfficerEntry, unwrapForOfficer } from './officer-keys';

function signedInOfficer(ctx: AppContext): number {
  const officerId = ctx.session.officerId();
  if (officerId === null) throw new AppError('FORBIDDEN', 'Sign in as an officer first.');
  return officerId;
}

/**
 * A new passphrase for the signed-in officer: the same data key is wrapped again under the new one.
 * The database and the attachment files are not touched (not re-encrypted); only the key store changes.
 */
export async function changePassphrase(
  ctx: AppContext,
  input: ParsedInput<'auth:changePassphrase'>,
): Promise<{ ok: true }> {
  const officerId = signedInOfficer(ctx);
  const store = requireKeyStore(ctx);
  const entry = store.officers.find((o) => o.officerId === officerId);
  if (!entry) throw new AppError('NOT_FOUND', 'This officer has no passphrase on this computer.');
  const key = await unwrapForOfficer(entry, input.current);
  if (!key) {
    throw new AppError('VALIDATION', 'The current passphrase is not right.', [
      { path: ['current'], message: 'validation.wrongPassphrase' },
    ]);
  }
  await checkPassphrase(input.next, 'next');
  const renewed = await officerEntry(
    officerId,
    entry.name,
    input.next,
    key,
    ctx.session.kdfCost,
    ctx.clock.now().toISOString(),
  );
  inWrite(ctx, (scope) => {
    recordAudit(scope, { action: 'auth.passphraseChanged', entity: 'officer', entityId: officerId });
    const latest = requireKeyStore(ctx);
    writeKeyStore(ctx.paths.dataDir, {
      ...latest,
      officers: latest.officers.map((o) => (o.officerId === officerId ? renewed : o)),
    });
  });
  return { ok: true };
}

/**
 * Lets another officer sign in on this computer: one of the office profile's officers, or a new one.
 * The passphrase is typed by that officer at this screen (they are at the desk; it never travels).
 */
export async function enrolOfficer(ctx: AppContext, input: ParsedInput<'auth:enrolOfficer'>): Promise<AuthStatus> {
  signedInOfficer(ctx);
  await checkPassphrase(input.passphrase);
  const store = requireKeyStore(ctx);
  const now = ctx.clock.now().toISOString();
  let existing: { id: number; name: string } | undefined;
  if (input.officerId !== undefined) {
    existing = ctx.db.orm
      .select({ id: officers.id, name: officers.name })
      .from(officers)
      .where(eq(officers.id, input.officerId))
      .get();
    if (!existing) throw new AppError('NOT_FOUND', `Officer ${input.officerId} does not exist.`);
    if (store.officers.some((o) => o.officerId === input.officerId)) {
      throw new AppError(
        'CONFLICT',
        `${existing.name} can already sign in; they change their own passphrase in Settings.`,
      );
    }
  }
  const seal = await prepareOfficerEntry(input.passphrase, ctx.session.dataKey(), ctx.session.kdfCost, now);
  inWrite(ctx, (scope) => {
    let officer = existing;
    if (!officer) {
      officer = scope.orm
        .insert(officers)
        .values({ name: input.name, title: input.title, createdAt: now, updatedAt: now })
        .returning({ id: officers.id, name: officers.name })
        .get();
      recordAudit(scope, {
        action: 'officer.add',
        entity: 'officer',
        entityId: officer.id,
        details: { name: officer.name },
      });
    }
    const entry = seal(officer.id, officer.name);
    recordAudit(scope, {
      action: 'auth.officerEnrolled',
      entity: 'officer',
      entityId: entry.officerId,
      details: { name: entry.name },
    });
    const latest = requireKeyStore(ctx);
    writeKeyStore(ctx.paths.dataDir, { ...latest, officers: [...latest.officers, entry] });
  });
  return authStatus(ctx);
}

export function setIdleMinutes(ctx: AppContext, input: ParsedInput<'auth:setIdle'>): AuthStatus {
  inWrite(ctx, (scope) => {
    recordAudit(scope, {
      action: 'auth.idleChanged',
      entity: 'settings',
      entityId: null,
      details: { minutes: input.minutes },
    });
    const latest = requireKeyStore(ctx);
    writeKeyStore(ctx.paths.dataDir, { ...latest, idleMinutes: input.minutes });
  });
  return authStatus(ctx);
}
