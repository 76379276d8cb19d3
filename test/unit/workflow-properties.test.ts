import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableTransitions,
  checkTransition,
  replay,
  TRANSITION_FIELDS,
  WORKFLOWS,
} from '../../shared/domain/workflow';
import type { ReplayStep, TransitionDef, TransitionPayload } from '../../shared/domain/workflow';
import {
  CHANNELS,
  FINISHED_STATUSES,
  isFinished,
  POLICE_ROUTES,
  PROVIDER_KINDS,
  STATUSES_BY_CHANNEL,
} from '../../shared/domain/requests';
import type { Channel, RequestStatus } from '../../shared/domain/requests';
import { addDays } from '../../shared/domain/dates';
import { REFUSAL_GROUNDS } from '../../shared/domain/statistics/outcomes';

const KINDS: Record<Channel, readonly (string | null)[]> = {
  provider: PROVIDER_KINDS,
  police: POLICE_ROUTES,
  rogatory: [null],
  mla: [null],
};
const channelAndKind = fc
  .constantFrom(...CHANNELS)
  .chain((channel) => fc.tuple(fc.constant(channel), fc.constantFrom(...KINDS[channel])));

/** A valid payload for a step; `seed` decides which optional fields are filled and how. */
function payloadFor(def: TransitionDef, occurredOn: string, seed: number): TransitionPayload {
  const payload: TransitionPayload = {};
  def.fields.forEach(({ name, required }, i) => {
    const bit = (seed >> i) & 1;
    if (!required && bit === 0) return;
    if (name === 'usableInCourt') payload[name] = (seed & 64) === 0;
    else if (name === 'submittedVia') payload[name] = bit ? 'portal' : 'email';
    else if (name === 'handlingCode') payload[name] = `H${seed % 4}`;
    else if (name === 'preservedUntil') payload[name] = addDays(occurredOn, 90 * bit);
    else if (name === 'supersededBy') payload[name] = 1 + (seed % 500);
    else if (name === 'refusalGround') payload[name] = REFUSAL_GROUNDS[seed % REFUSAL_GROUNDS.length];
    else payload[name] = ` ref ${seed} `;
  });
  return payload;
}

const move = fc.record({ pick: fc.nat(), seed: fc.nat({ max: 1023 }), undo: fc.boolean(), gap: fc.nat({ max: 40 }) });

describe('workflow properties', () => {
  it('replays any walk of legal steps, with undos, to the status the walk ended in', () => {
    fc.assert(
      fc.property(channelAndKind, fc.array(move, { maxLength: 40 }), ([channel, kind], moves) => {
        let status: RequestStatus = 'draft';
        let day = '2026-01-05';
        const trail: RequestStatus[] = [];
        const steps: ReplayStep[] = [];
        for (const { pick, seed, undo, gap } of moves) {
          day = addDays(day, gap);
          if (undo && trail.length > 0 && seed % 4 === 0) {
            status = trail.pop()!;
            steps.push({ action: 'undo', occurredOn: day, undo: true });
            continue;
          }
          const options = availableTransitions(channel, status, kind);
          if (options.length === 0) break;
          const def = options[pick % options.length]!;
          const payload = payloadFor(def, day, seed);
          const check = checkTransition(channel, status, kind, def.action, payload, day);
          expect(check).toMatchObject({ ok: true, to: def.to });
          trail.push(status);
          steps.push({ action: def.action, payload, occurredOn: day });
          status = def.to;
        }
        expect(replay(channel, kind, 'draft', steps)).toBe(status);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary payloads, and blames only the action, the date or a field of the step', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const payload = fc.dictionary(fc.constantFrom(...TRANSITION_FIELDS), value) as fc.Arbitrary<TransitionPayload>;
    fc.assert(
      fc.property(channelAndKind, fc.nat(), fc.nat(), payload, ([channel, kind], s, a, p) => {
        const statuses = STATUSES_BY_CHANNEL[channel];
        const status = statuses[s % statuses.length]!;
        const def = WORKFLOWS[channel].transitions[a % WORKFLOWS[channel].transitions.length]!;
        const check = checkTransition(channel, status, kind, def.action, p, '2026-04-01');
        if (!check.ok) expect(['action', ...def.fields.map((f) => f.name)]).toContain(check.path);
        else expect(check.to).toBe(def.to);
      }),
    );
  });
});

function reachable(channel: Channel, kind: string | null, start: RequestStatus): Set<RequestStatus> {
  const seen = new Set<RequestStatus>([start]);
  const queue = [start];
  for (let s = queue.shift(); s !== undefined; s = queue.shift())
    for (const def of availableTransitions(channel, s, kind))
      if (!seen.has(def.to)) {
        seen.add(def.to);
        queue.push(def.to);
      }
  return seen;
}

describe.each(CHANNELS)('%s graph', (channel) => {
  it('lets every status reachable from draft reach a finished status', () => {
    for (const kind of KINDS[channel])
      for (const status of reachable(channel, kind, 'draft')) {
        const ends = [...reachable(channel, kind, status)].filter((s) => isFinished(channel, s));
        expect(ends.length, `${kind} ${status}`).toBeGreaterThan(0);
      }
  });

  it('reaches closed and every status of the channel from draft, for some kind', () => {
    const all = new Set(KINDS[channel].flatMap((kind) => [...reachable(channel, kind, 'draft')]));
    expect([...all].sort()).toEqual([...STATUSES_BY_CHANNEL[channel]].sort());
    for (const kind of KINDS[channel]) expect(reachable(channel, kind, 'draft').has('closed')).toBe(true);
  });

  it('leaves finished statuses only by the documented filing of an MLA refusal', () => {
    const documented: Partial<Record<Channel, Partial<Record<RequestStatus, string[]>>>> = {
      mla: { refused: ['close'] },
    };
    for (const kind of KINDS[channel])
      for (const status of FINISHED_STATUSES[channel]) {
        const actions = availableTransitions(channel, status, kind).map((d) => d.action);
        expect(actions, `${kind} ${status}`).toEqual(documented[channel]?.[status] ?? []);
      }
  });
});
