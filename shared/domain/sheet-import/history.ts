import type { Channel } from '../requests';
import { checkTransition, WORKFLOWS } from '../workflow';
import type { TransitionDef, TransitionPayload } from '../workflow/types';

/** The dates a sheet row gives for a request's life; any may be missing. */
export interface RowDates {
  createdOn: string | null;
  sentOn: string | null;
  acknowledgedOn: string | null;
  respondedOn: string | null;
  closedOn: string | null;
}

export interface HistoryStep {
  action: string;
  occurredOn: string;
  payload: TransitionPayload;
}

export type History =
  { ok: true; steps: HistoryStep[] } | { ok: false; code: 'unreachable' | 'noDate' | 'dateOrder'; detail: string };

/** What a step needs that an old sheet never recorded: written as such, never invented. */
export const NOT_RECORDED = 'not recorded in the imported sheet';

const leaves = (def: TransitionDef, status: string, kind: string | null) =>
  (def.from as readonly string[]).includes(status) &&
  (def.kinds === undefined || (kind !== null && def.kinds.includes(kind)));

/** The shortest run of workflow steps from one status to another, or null when the workflow has none. */
export function stepsBetween(channel: Channel, kind: string | null, from: string, to: string): TransitionDef[] | null {
  if (from === to) return [];
  const previous = new Map<string, { status: string; def: TransitionDef }>();
  const queue: string[] = [from];
  const seen = new Set<string>([from]);
  while (queue.length > 0) {
    const status = queue.shift()!;
    for (const def of WORKFLOWS[channel].transitions) {
      if (!leaves(def, status, kind) || seen.has(def.to)) continue;
      seen.add(def.to);
      previous.set(def.to, { status, def });
      if (def.to === to) {
        const path: TransitionDef[] = [];
        for (let at: string = to; at !== from;) {
          const step = previous.get(at)!;
          path.unshift(step.def);
          at = step.status;
        }
        return path;
      }
      queue.push(def.to);
    }
  }
  return null;
}

/** Values for the fields a step requires, from the row where it has them. */
function payloadFor(def: TransitionDef, refs: { ourReference: string; theirReference: string }): TransitionPayload {
  const payload: TransitionPayload = {};
  for (const field of def.fields) {
    if (field.name === 'ticket' && refs.theirReference) payload.ticket = refs.theirReference;
    if (!field.required) continue;
    switch (field.name) {
      case 'submittedVia':
        payload.submittedVia = 'email';
        break;
      case 'usableInCourt':
        // Unknown is recorded as "no": evidence is never presented as usable in court on a guess.
        payload.usableInCourt = false;
        break;
      case 'ourReference':
        payload.ourReference = refs.ourReference || NOT_RECORDED;
        break;
      case 'theirReference':
        payload.theirReference = refs.theirReference || NOT_RECORDED;
        break;
      case 'diplomaticNoteNumber':
      case 'ground':
      case 'reason':
      case 'messageReference':
      case 'ticket':
        payload[field.name] = NOT_RECORDED;
        break;
      case 'handlingCode':
      case 'preservedUntil':
      case 'supersededBy':
      case 'centralAuthorityReference':
      case 'refusalGround':
        // No step requires these today; a sheet never has them, so such a step would be refused as incomplete.
        break;
    }
  }
  return payload;
}

/** Which of the row's dates a step is dated by, from what the step does to the request. */
function dateOf(channel: Channel, def: TransitionDef, kind: string | null, dates: RowDates): string | null {
  const probe = checkTransition(
    channel,
    def.from[0]!,
    kind,
    def.action,
    payloadFor(def, { ourReference: 'x', theirReference: 'x' }),
    '2000-01-01',
  );
  const patch = probe.ok ? probe.patch : {};
  if (patch.sentOn) return dates.sentOn;
  if (def.action === 'acknowledge' || def.action === 'confirm_receipt') return dates.acknowledgedOn;
  if (patch.respondedOn) return dates.respondedOn;
  if (patch.closedOn) return dates.closedOn;
  return null;
}

/**
 * The steps that take a request from `from` to the sheet's status, each dated from the row: a step
 * the row has a date for takes it, the others the date of the step before (or the row's first date).
 */
export function historyOf(
  channel: Channel,
  kind: string | null,
  from: string,
  to: string,
  dates: RowDates,
  refs: { ourReference: string; theirReference: string },
  floor: string | null = null,
): History {
  const path = stepsBetween(channel, kind, from, to);
  if (path === null) return { ok: false, code: 'unreachable', detail: `${from} → ${to}` };
  if (path.length === 0) return { ok: true, steps: [] };
  const known = [dates.createdOn, dates.sentOn, dates.acknowledgedOn, dates.respondedOn, dates.closedOn].filter(
    (d): d is string => d !== null,
  );
  let last = floor ?? known.sort()[0] ?? null;
  const steps: HistoryStep[] = [];
  for (const def of path) {
    const own = dateOf(channel, def, kind, dates);
    const occurredOn = own ?? last;
    if (occurredOn === null) return { ok: false, code: 'noDate', detail: def.action };
    if (last !== null && occurredOn < last)
      return { ok: false, code: 'dateOrder', detail: `${def.action} ${occurredOn} < ${last}` };
    steps.push({ action: def.action, occurredOn, payload: payloadFor(def, refs) });
    last = occurredOn;
  }
  return { ok: true, steps };
}
