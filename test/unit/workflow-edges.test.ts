import { describe, expect, it } from 'vitest';
import { checkTransition } from '../../shared/domain/workflow';
import type { TransitionPayload } from '../../shared/domain/workflow';
import type { Channel, RequestStatus } from '../../shared/domain/requests';
import { STATUSES_BY_CHANNEL } from '../../shared/domain/requests';

// The expected graph, written by hand from the specification rather than read from the workflows.
type Edge = [from: RequestStatus, action: string, to: RequestStatus, kinds?: 'disclosure' | 'preservation'];

const KIND_GROUPS = {
  disclosure: ['voluntary_subscriber', 'voluntary_traffic', 'emergency_disclosure', 'content_legal_process'],
  preservation: ['preservation', 'preservation_extension'],
};
const KINDS: Record<Channel, readonly (string | null)[]> = {
  provider: [...KIND_GROUPS.disclosure, ...KIND_GROUPS.preservation],
  police: ['interpol', 'europol', 'liaison', 'direct'],
  rogatory: [null],
  mla: [null],
};

const ROGATORY_OPEN: RequestStatus[] = [
  'draft',
  'translation',
  'signed_sealed',
  'authenticated',
  'transmitted_mfa',
  'diplomatic_note_sent',
  'received_by_state',
  'with_executing_court',
  'executed',
  'returned',
  'received',
];
const MLA_OPEN: RequestStatus[] = [
  'draft',
  'ca_review',
  'translation',
  'transmitted',
  'acknowledged',
  'under_execution',
  'supplementary_requested',
  'executed',
  'partially_executed',
  'evidence_received',
];

const EDGES: Record<Channel, Edge[]> = {
  provider: [
    ['draft', 'submit', 'submitted'],
    ['submitted', 'acknowledge', 'acknowledged'],
    ['acknowledged', 'request_info', 'info_requested'],
    ['info_requested', 'provide_info', 'acknowledged'],
    ...(['submitted', 'acknowledged'] as const).flatMap((from): Edge[] => [
      [from, 'disclose', 'disclosed', 'disclosure'],
      [from, 'disclose_partially', 'partially_disclosed', 'disclosure'],
      [from, 'report_no_data', 'no_data'],
      [from, 'reject', 'rejected'],
      [from, 'confirm_preservation', 'preserved', 'preservation'],
    ]),
    ['info_requested', 'reject', 'rejected'],
    ['preserved', 'extend', 'extended', 'preservation'],
    ...(['preserved', 'extended'] as const).flatMap((from): Edge[] => [
      [from, 'lapse', 'lapsed', 'preservation'],
      [from, 'supersede', 'superseded', 'preservation'],
    ]),
    // 'close' is one step for every kind: a disclosure request never reaches preserved, nor a preservation disclosed.
    ['preserved', 'close', 'closed'],
    ['extended', 'close', 'closed'],
    ['disclosed', 'close', 'closed'],
    ['partially_disclosed', 'close', 'closed'],
    ['no_data', 'close', 'closed'],
    ['rejected', 'close', 'closed'],
  ],
  police: [
    ['draft', 'send', 'sent'],
    ['sent', 'acknowledge', 'acknowledged'],
    ...(['sent', 'acknowledged'] as const).flatMap((from): Edge[] => [
      [from, 'answer', 'answered'],
      [from, 'answer_partially', 'partially_answered'],
      [from, 'decline', 'declined'],
    ]),
    ['answered', 'close', 'closed'],
    ['partially_answered', 'close', 'closed'],
    ['declined', 'close', 'closed'],
  ],
  rogatory: [
    ['draft', 'start_translation', 'translation'],
    ['draft', 'sign_and_seal', 'signed_sealed'],
    ['translation', 'sign_and_seal', 'signed_sealed'],
    ['signed_sealed', 'authenticate', 'authenticated'],
    ['signed_sealed', 'transmit_to_mfa', 'transmitted_mfa'],
    ['authenticated', 'transmit_to_mfa', 'transmitted_mfa'],
    ['transmitted_mfa', 'send_diplomatic_note', 'diplomatic_note_sent'],
    ['diplomatic_note_sent', 'confirm_receipt', 'received_by_state'],
    ['received_by_state', 'assign_to_court', 'with_executing_court'],
    ['with_executing_court', 'execute', 'executed'],
    ['executed', 'return_via_diplomatic_channel', 'returned'],
    ['returned', 'receive', 'received'],
    ['received', 'close', 'closed'],
    ...ROGATORY_OPEN.map((from): Edge => [from, 'refuse', 'refused']),
    ...ROGATORY_OPEN.map((from): Edge => [from, 'withdraw', 'withdrawn']),
  ],
  mla: [
    ['draft', 'send_to_central_authority', 'ca_review'],
    ['ca_review', 'start_translation', 'translation'],
    ['ca_review', 'transmit', 'transmitted'],
    ['translation', 'transmit', 'transmitted'],
    ['transmitted', 'acknowledge', 'acknowledged'],
    ['transmitted', 'start_execution', 'under_execution'],
    ['acknowledged', 'start_execution', 'under_execution'],
    ...(['transmitted', 'acknowledged', 'under_execution'] as const).flatMap((from): Edge[] => [
      [from, 'request_supplementary', 'supplementary_requested'],
      [from, 'execute', 'executed'],
      [from, 'execute_partially', 'partially_executed'],
      [from, 'refuse', 'refused'],
    ]),
    ['supplementary_requested', 'provide_supplementary', 'under_execution'],
    ['supplementary_requested', 'refuse', 'refused'],
    ['executed', 'receive_evidence', 'evidence_received'],
    ['partially_executed', 'receive_evidence', 'evidence_received'],
    ['evidence_received', 'close', 'closed'],
    ['refused', 'close', 'closed'],
    ...MLA_OPEN.map((from): Edge => [from, 'withdraw', 'withdrawn']),
  ],
};

/** A valid payload for each action; fields a step does not name are ignored by the check. */
const VALID_PAYLOAD: Record<string, TransitionPayload> = {
  submit: { submittedVia: 'portal' },
  acknowledge: { theirReference: 'MJ-2026-0099' },
  reject: { reason: 'Legal process required' },
  answer: { usableInCourt: false },
  answer_partially: { usableInCourt: true },
  send_diplomatic_note: { diplomaticNoteNumber: 'DN 123/2026' },
  transmit: { centralAuthorityReference: 'CA-2026-17' },
  refuse: { ground: 'No dual criminality' },
};

const DAY = '2026-03-10';
const appliesTo = (edge: Edge, kind: string | null) => !edge[3] || KIND_GROUPS[edge[3]].includes(kind ?? '');

describe.each(Object.keys(EDGES) as Channel[])('%s workflow', (channel) => {
  const edges = EDGES[channel];
  const actions = [...new Set(edges.map((e) => e[1]))];

  it.each(edges)('allows %s --%s--> %s', (from, action, to, group) => {
    for (const kind of KINDS[channel].filter((k) => appliesTo([from, action, to, group], k))) {
      const check = checkTransition(channel, from, kind, action, VALID_PAYLOAD[action] ?? {}, DAY);
      expect(check, `kind ${kind}`).toMatchObject({ ok: true, to });
    }
  });

  it('refuses every step that is not in the graph, for every status and kind', () => {
    for (const kind of KINDS[channel])
      for (const status of STATUSES_BY_CHANNEL[channel])
        for (const action of actions) {
          const edge = edges.find((e) => e[0] === status && e[1] === action && appliesTo(e, kind));
          const check = checkTransition(channel, status, kind, action, VALID_PAYLOAD[action] ?? {}, DAY);
          const label = `${kind} ${status} ${action}`;
          if (edge) expect(check, label).toMatchObject({ ok: true, to: edge[2] });
          else expect(check, label).toEqual({ ok: false, path: 'action', message: 'validation.workflow.notAllowed' });
        }
  });

  it('has no outgoing step from closed', () => {
    for (const kind of KINDS[channel])
      for (const action of actions)
        expect(checkTransition(channel, 'closed', kind, action, VALID_PAYLOAD[action] ?? {}, DAY).ok).toBe(false);
  });
});

describe('named illegal steps', () => {
  const notAllowed = { ok: false, path: 'action', message: 'validation.workflow.notAllowed' };
  const unknown = { ok: false, path: 'action', message: 'validation.workflow.unknownAction' };
  it.each<[string, Channel, RequestStatus, string | null, string, object]>([
    ['draft straight to closed', 'provider', 'draft', 'voluntary_subscriber', 'close', notAllowed],
    ['extension of a disclosure request', 'provider', 'submitted', 'voluntary_traffic', 'extend', notAllowed],
    ['preserving a disclosure', 'provider', 'acknowledged', 'emergency_disclosure', 'confirm_preservation', notAllowed],
    ['second extension', 'provider', 'extended', 'preservation', 'extend', notAllowed],
    ['extension before confirmation', 'provider', 'submitted', 'preservation', 'extend', notAllowed],
    ['disclosure on a preservation', 'provider', 'acknowledged', 'preservation', 'disclose', notAllowed],
    ['anything after lapse', 'provider', 'lapsed', 'preservation', 'close', notAllowed],
    ['anything after superseded', 'provider', 'superseded', 'preservation', 'extend', notAllowed],
    ['provider without a kind', 'provider', 'acknowledged', null, 'disclose', notAllowed],
    ['police answer before sending', 'police', 'draft', 'europol', 'answer', notAllowed],
    ['police reopen', 'police', 'closed', 'europol', 'send', notAllowed],
    ['rogatory skipping the ministry', 'rogatory', 'signed_sealed', null, 'send_diplomatic_note', notAllowed],
    ['rogatory refuse after refusal', 'rogatory', 'refused', null, 'refuse', notAllowed],
    ['rogatory withdraw when closed', 'rogatory', 'closed', null, 'withdraw', notAllowed],
    ['MLA transmit a draft', 'mla', 'draft', null, 'transmit', notAllowed],
    ['MLA evidence before execution', 'mla', 'under_execution', null, 'receive_evidence', notAllowed],
    ['MLA withdraw after withdrawal', 'mla', 'withdrawn', null, 'withdraw', notAllowed],
    ['provider step on police', 'police', 'sent', 'interpol', 'disclose', unknown],
    ['police step on provider', 'provider', 'draft', 'preservation', 'send', unknown],
    ['MLA step on rogatory', 'rogatory', 'draft', null, 'send_to_central_authority', unknown],
    ['made-up action', 'mla', 'draft', null, 'teleport', unknown],
  ])('refuses %s', (_name, channel, status, kind, action, expected) => {
    expect(checkTransition(channel, status, kind, action, VALID_PAYLOAD[action] ?? {}, DAY)).toEqual(expected);
  });
});
