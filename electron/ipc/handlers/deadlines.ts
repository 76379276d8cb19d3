import type { ChannelOutput } from '../../../shared/ipc-contract';
import type { AppContext } from '../../core/context';
import { findDeadlines, listDeadlines, worklistWindow } from '../../core/deadlines/deadline-queries';
import {
  addManualDeadline,
  markDeadline,
  removeManualDeadline,
  type DeadlineOwner,
} from '../../core/deadlines/marks-repo';
import { recomputeOpenRequests } from '../../core/deadlines/recompute-all';
import { listRules, resetRule, saveRule } from '../../core/deadlines/rules-repo';
import { AppError } from '../../core/errors';
import { requireOffice } from '../../core/office/office-repo';
import { runReminderSweep } from '../../core/reminders/sweep';
import { getSettings, updateSettings } from '../../core/settings/settings-repo';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

/** This instant and today's date where the office is: deadlines fall due on the office's calendar. */
const officeNow = (ctx: AppContext) => worklistWindow(ctx.db.orm, ctx.clock.now());

function itemOf(ctx: AppContext, owner: DeadlineOwner, key: string): ChannelOutput<'deadline:mark'> {
  const { w } = officeNow(ctx);
  const items = findDeadlines(
    ctx.db.orm,
    { scope: 'all', caseId: owner.caseId, requestId: owner.requestId, includeDone: true, limit: 500 },
    w,
  );
  const item = items.find((candidate) => candidate.key === key);
  if (!item) throw new AppError('NOT_FOUND', `Deadline ${key} does not exist.`);
  return item;
}

export const deadlineHandlers: HandlerGroup<'deadline'> = {
  'deadline:list': (ctx, input) => {
    const { w, timeZone } = officeNow(ctx);
    return listDeadlines(ctx.db.orm, input, w, timeZone);
  },
  'deadline:mark': (ctx, input) =>
    itemOf(
      ctx,
      inWrite(ctx, (scope) => markDeadline(scope, input)),
      input.key,
    ),
  'deadline:addManual': (ctx, input) => {
    const key = inWrite(ctx, (scope) => addManualDeadline(scope, requireOffice(scope.orm).timeZone, input));
    return itemOf(ctx, { caseId: input.caseId, requestId: input.requestId }, key);
  },
  'deadline:removeManual': (ctx, input) => {
    inWrite(ctx, (scope) => removeManualDeadline(scope, input.id));
    return { ok: true };
  },
};

export const ruleHandlers: HandlerGroup<'rule'> = {
  'rule:list': (ctx) => ({ rules: listRules(ctx.db.orm) }),
  // A rule change moves the dates of every open request it may touch; the answer waits for them, the
  // main process does not (recomputeOpenRequests yields between slices).
  'rule:save': async (ctx, input) => {
    inWrite(ctx, (scope) => saveRule(scope, input));
    await recomputeOpenRequests(ctx);
    return { rules: listRules(ctx.db.orm) };
  },
  'rule:reset': async (ctx, input) => {
    inWrite(ctx, (scope) => resetRule(scope, input.id));
    await recomputeOpenRequests(ctx);
    return { rules: listRules(ctx.db.orm) };
  },
};

export const settingsHandlers: HandlerGroup<'settings'> = {
  'settings:get': (ctx) => getSettings(ctx.db.orm),
  'settings:update': (ctx, input) => {
    inWrite(ctx, (scope) => updateSettings(scope, input));
    return getSettings(ctx.db.orm);
  },
};

export const reminderHandlers: HandlerGroup<'reminder'> = {
  'reminder:sweep': (ctx) => runReminderSweep(ctx),
};
