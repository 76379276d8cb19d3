import { eq } from 'drizzle-orm';
import { isUiLanguage, type UiLanguage } from '../../../shared/domain/languages';
import { recordAudit } from '../audit/audit-repo';
import type { AppContext } from '../context';
import { officers } from '../db/schema';
import { AppError } from '../errors';
import { inWrite } from '../write-scope';

/** The language an officer chose, or null if they never chose one. */
export function languageOfOfficer(ctx: AppContext, officerId: number): UiLanguage | null {
  const row = ctx.db.orm.select({ language: officers.language }).from(officers).where(eq(officers.id, officerId)).get();
  return isUiLanguage(row?.language) ? row.language : null;
}

/** The language of what the main process shows now: the signed-in officer's, English when nobody is. */
export function mainProcessLanguage(ctx: AppContext): UiLanguage {
  const officerId = ctx.session.state() === 'unlocked' ? ctx.session.officerId() : null;
  if (officerId === null) return 'en';
  try {
    return languageOfOfficer(ctx, officerId) ?? 'en';
  } catch {
    // A damaged database must not stop the restore dialog that repairs it.
    return 'en';
  }
}

export function setOfficerLanguage(ctx: AppContext, language: UiLanguage): { language: UiLanguage } {
  const officerId = ctx.session.officerId();
  if (officerId === null) throw new AppError('FORBIDDEN', 'Sign in as an officer first.');
  return inWrite(ctx, (scope) => {
    const before = languageOfOfficer(ctx, officerId);
    if (before === language) return { language };
    scope.orm.update(officers).set({ language, updatedAt: scope.now }).where(eq(officers.id, officerId)).run();
    recordAudit(scope, {
      action: 'officer.language',
      entity: 'officer',
      entityId: officerId,
      details: { from: before, to: language },
    });
    return { language };
  });
}
