import { describe, expect, it } from 'vitest';
import { replay } from '../../shared/domain/workflow';
import type { ReplayStep, TransitionPayload } from '../../shared/domain/workflow';
import type { Channel } from '../../shared/domain/requests';
import { addDays } from '../../shared/domain/dates';

const PAYLOADS: Record<string, TransitionPayload> = {
  submit: { submittedVia: 'portal' },
  reject: { reason: 'Wrong legal entity' },
  answer: { usableInCourt: true },
  answer_partially: { usableInCourt: false },
  send_diplomatic_note: { diplomaticNoteNumber: '2026/114' },
  transmit: { centralAuthorityReference: 'CA-2026-3' },
  acknowledge: { theirReference: 'MJ-88' },
  refuse: { ground: 'Political offence' },
};

/** A day per step, so the history is in date order. */
const steps = (actions: string[]): ReplayStep[] =>
  actions.map((action, i) => ({ action, payload: PAYLOADS[action] ?? {}, occurredOn: addDays('2026-01-05', i * 7) }));

const PATHS: [name: string, channel: Channel, kind: string | null, actions: string[]][] = [
  ['provider disclosure', 'provider', 'voluntary_subscriber', ['submit', 'acknowledge', 'disclose', 'close']],
  [
    'provider disclosure after a request for information',
    'provider',
    'content_legal_process',
    ['submit', 'acknowledge', 'request_info', 'provide_info', 'disclose_partially', 'close'],
  ],
  [
    'provider emergency straight from submission',
    'provider',
    'emergency_disclosure',
    ['submit', 'report_no_data', 'close'],
  ],
  ['provider rejection', 'provider', 'voluntary_traffic', ['submit', 'reject', 'close']],
  [
    'preservation kept then closed',
    'provider',
    'preservation',
    ['submit', 'acknowledge', 'confirm_preservation', 'extend', 'close'],
  ],
  ['preservation extension request', 'provider', 'preservation_extension', ['submit', 'confirm_preservation', 'close']],
  ['police via SIENA', 'police', 'europol', ['send', 'acknowledge', 'answer', 'close']],
  ['police declined directly', 'police', 'direct', ['send', 'decline', 'close']],
  ['police partial answer', 'police', 'interpol', ['send', 'answer_partially', 'close']],
  [
    'rogatory, full road',
    'rogatory',
    null,
    [
      'start_translation',
      'sign_and_seal',
      'authenticate',
      'transmit_to_mfa',
      'send_diplomatic_note',
      'confirm_receipt',
      'assign_to_court',
      'execute',
      'return_via_diplomatic_channel',
      'receive',
      'close',
    ],
  ],
  [
    'rogatory without translation or apostille',
    'rogatory',
    null,
    [
      'sign_and_seal',
      'transmit_to_mfa',
      'send_diplomatic_note',
      'confirm_receipt',
      'assign_to_court',
      'execute',
      'return_via_diplomatic_channel',
      'receive',
      'close',
    ],
  ],
  [
    'MLA, full road',
    'mla',
    null,
    [
      'send_to_central_authority',
      'start_translation',
      'transmit',
      'acknowledge',
      'start_execution',
      'request_supplementary',
      'provide_supplementary',
      'execute_partially',
      'receive_evidence',
      'close',
    ],
  ],
  [
    'MLA executed without acknowledgment',
    'mla',
    null,
    ['send_to_central_authority', 'transmit', 'execute', 'receive_evidence', 'close'],
  ],
  ['MLA refused, then filed', 'mla', null, ['send_to_central_authority', 'transmit', 'acknowledge', 'refuse', 'close']],
];

describe('every channel can be walked from draft to closed', () => {
  it.each(PATHS)('%s', (_name, channel, kind, actions) => {
    expect(replay(channel, kind, 'draft', steps(actions))).toBe('closed');
  });
});

describe('replay', () => {
  const undo = (occurredOn: string): ReplayStep => ({ action: 'undo', occurredOn, undo: true });

  it('steps back to where an undone step started, one step per undo', () => {
    const history = [...steps(['send', 'acknowledge', 'answer']), undo('2026-02-01')];
    expect(replay('police', 'europol', 'draft', history)).toBe('acknowledged');
    expect(replay('police', 'europol', 'draft', [...history, undo('2026-02-02')])).toBe('sent');
    expect(replay('police', 'europol', 'draft', [...history, undo('2026-02-02'), undo('2026-02-03')])).toBe('draft');
  });

  it('continues after an undo from the restored status', () => {
    const history = [...steps(['send', 'decline']), undo('2026-02-01'), ...steps(['answer', 'close'])];
    expect(replay('police', 'liaison', 'draft', history)).toBe('closed');
  });

  it('undoes a loop step back into the loop', () => {
    const history = [...steps(['submit', 'acknowledge', 'request_info', 'provide_info']), undo('2026-03-01')];
    expect(replay('provider', 'voluntary_traffic', 'draft', history)).toBe('info_requested');
  });

  it('throws on an illegal step, an invalid payload or an undo with nothing left', () => {
    expect(() => replay('provider', 'voluntary_subscriber', 'draft', steps(['submit', 'extend']))).toThrow(/extend/);
    expect(() =>
      replay('mla', null, 'draft', [
        ...steps(['send_to_central_authority', 'transmit']),
        { action: 'acknowledge', occurredOn: '2026-03-01' },
      ]),
    ).toThrow(/theirReference/);
    expect(() => replay('rogatory', null, 'draft', [undo('2026-01-01')])).toThrow(/nothing to undo/);
    expect(() =>
      replay('rogatory', null, 'draft', [...steps(['sign_and_seal']), undo('2026-02-01'), undo('2026-02-02')]),
    ).toThrow();
  });

  it('starts from any given status', () => {
    expect(replay('mla', null, 'under_execution', steps(['execute', 'receive_evidence']))).toBe('evidence_received');
    expect(replay('mla', null, 'refused', [])).toBe('refused');
  });
});
