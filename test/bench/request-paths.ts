/**
 * Plausible step sequences per channel, built from the actions of shared/domain/workflow/*.ts. The
 * generator walks one of these paths (a finished request to its end, an open one to a random step short
 * of finishing); a sample of them is replayed through the real workflow to prove every step legal.
 */
import { PRESERVATION_KINDS } from '../../shared/domain/workflow';
import { isFinished, type Channel, type RequestStatus } from '../../shared/domain/requests';
import type { Rng } from './prng';

export interface PathStep {
  action: string;
  to: RequestStatus;
}

const s = (action: string, to: RequestStatus): PathStep => ({ action, to });

function loops(rng: Rng, max: number, pair: [PathStep, PathStep]): PathStep[] {
  const out: PathStep[] = [];
  const n = rng.weighted(LOOP_WEIGHTS[max] ?? { '0': 1 });
  for (let i = 0; i < Number(n); i += 1) out.push(...pair);
  return out;
}
const LOOP_WEIGHTS: Record<number, Record<string, number>> = {
  3: { '0': 35, '1': 25, '2': 20, '3': 20 },
  4: { '0': 20, '1': 20, '2': 20, '3': 20, '4': 20 },
};

function providerPath(rng: Rng, kind: string | null): PathStep[] {
  const path = [s('submit', 'submitted')];
  if (rng.chance(0.9)) {
    path.push(s('acknowledge', 'acknowledged'));
    path.push(...loops(rng, 4, [s('request_info', 'info_requested'), s('provide_info', 'acknowledged')]));
  }
  const preservation = kind !== null && PRESERVATION_KINDS.includes(kind);
  if (preservation) {
    const outcome = rng.weighted({ preserved: 85, no_data: 10, rejected: 5 });
    if (outcome === 'no_data') return [...path, s('report_no_data', 'no_data'), s('close', 'closed')];
    if (outcome === 'rejected') return [...path, s('reject', 'rejected'), s('close', 'closed')];
    path.push(s('confirm_preservation', 'preserved'));
    if (rng.chance(0.4)) path.push(s('extend', 'extended'));
    const end = rng.weighted({ supersede: 40, lapse: 30, close: 30 });
    return [
      ...path,
      end === 'supersede'
        ? s('supersede', 'superseded')
        : end === 'lapse'
          ? s('lapse', 'lapsed')
          : s('close', 'closed'),
    ];
  }
  const outcome = rng.weighted({ disclose: 55, disclose_partially: 15, report_no_data: 20, reject: 10 });
  const to: Record<typeof outcome, RequestStatus> = {
    disclose: 'disclosed',
    disclose_partially: 'partially_disclosed',
    report_no_data: 'no_data',
    reject: 'rejected',
  };
  return [...path, s(outcome, to[outcome]), s('close', 'closed')];
}

function policePath(rng: Rng): PathStep[] {
  const path = [s('send', 'sent')];
  if (rng.chance(0.7)) path.push(s('acknowledge', 'acknowledged'));
  const outcome = rng.weighted({ answer: 60, answer_partially: 25, decline: 15 });
  const to: Record<typeof outcome, RequestStatus> = {
    answer: 'answered',
    answer_partially: 'partially_answered',
    decline: 'declined',
  };
  return [...path, s(outcome, to[outcome]), s('close', 'closed')];
}

function rogatoryPath(rng: Rng): PathStep[] {
  const path: PathStep[] = [];
  if (rng.chance(0.7)) path.push(s('start_translation', 'translation'));
  path.push(s('sign_and_seal', 'signed_sealed'));
  if (rng.chance(0.5)) path.push(s('authenticate', 'authenticated'));
  const full = [
    ...path,
    s('transmit_to_mfa', 'transmitted_mfa'),
    s('send_diplomatic_note', 'diplomatic_note_sent'),
    s('confirm_receipt', 'received_by_state'),
    s('assign_to_court', 'with_executing_court'),
    s('execute', 'executed'),
    s('return_via_diplomatic_channel', 'returned'),
    s('receive', 'received'),
    s('close', 'closed'),
  ];
  const end = rng.weighted({ full: 88, refuse: 7, withdraw: 5 });
  if (end === 'full') return full;
  // Refused or withdrawn part-way: at any step before the letter was finished.
  const at = rng.int(1, full.length - 2);
  return [...full.slice(0, at), end === 'refuse' ? s('refuse', 'refused') : s('withdraw', 'withdrawn')];
}

function mlaPath(rng: Rng): PathStep[] {
  const path = [s('send_to_central_authority', 'ca_review')];
  if (rng.chance(0.6)) path.push(s('start_translation', 'translation'));
  path.push(s('transmit', 'transmitted'));
  if (rng.chance(0.7)) path.push(s('acknowledge', 'acknowledged'));
  if (rng.chance(0.7)) path.push(s('start_execution', 'under_execution'));
  path.push(
    ...loops(rng, 3, [
      s('request_supplementary', 'supplementary_requested'),
      s('provide_supplementary', 'under_execution'),
    ]),
  );
  const outcome = rng.weighted({ execute: 70, execute_partially: 15, refuse: 10, withdraw: 5 });
  if (outcome === 'refuse')
    return [...path, s('refuse', 'refused'), ...(rng.chance(0.5) ? [s('close', 'closed')] : [])];
  if (outcome === 'withdraw') return [...path, s('withdraw', 'withdrawn')];
  return [
    ...path,
    outcome === 'execute' ? s('execute', 'executed') : s('execute_partially', 'partially_executed'),
    s('receive_evidence', 'evidence_received'),
    s('close', 'closed'),
  ];
}

/** The steps after the initial 'record' (at draft) of a request that has run its course. */
export function fullPath(rng: Rng, channel: Channel, kind: string | null): PathStep[] {
  switch (channel) {
    case 'provider':
      return providerPath(rng, kind);
    case 'police':
      return policePath(rng);
    case 'rogatory':
      return rogatoryPath(rng);
    case 'mla':
      return mlaPath(rng);
  }
}

/** Cuts a path at a random step whose status is still open (possibly before any step: a draft). */
export function openPrefix(rng: Rng, channel: Channel, path: readonly PathStep[]): PathStep[] {
  const open: number[] = [0];
  path.forEach((step, i) => {
    if (!isFinished(channel, step.to)) open.push(i + 1);
  });
  // Drafts are few: most open requests are out with the counterpart.
  const candidates = open.length > 1 && rng.chance(0.9) ? open.slice(1) : open;
  return path.slice(0, rng.pick(candidates));
}
