import { describe, expect, it } from 'vitest';
import { checkTransition } from '../../shared/domain/workflow';
import type { TransitionPayload } from '../../shared/domain/workflow';
import type { Channel, RequestStatus } from '../../shared/domain/requests';

const DAY = '2026-03-10';

/** `where` is "channel status kind", with '-' for no kind. */
function check(where: string, action: string, payload: TransitionPayload) {
  const [channel, status, kind] = where.split(' ') as [Channel, RequestStatus, string];
  return checkTransition(channel, status, kind === '-' ? null : kind, action, payload, DAY);
}

describe('step fields', () => {
  it.each<[string, string, TransitionPayload, string, string]>([
    ['provider draft preservation', 'submit', {}, 'submittedVia', 'fieldRequired'],
    ['provider draft preservation', 'submit', { submittedVia: '  ' }, 'submittedVia', 'fieldRequired'],
    ['provider draft preservation', 'submit', { submittedVia: 'fax' }, 'submittedVia', 'submittedVia'],
    ['provider submitted voluntary_subscriber', 'reject', { reason: '' }, 'reason', 'fieldRequired'],
    [
      'provider submitted preservation',
      'confirm_preservation',
      { preservedUntil: '2026-02-30' },
      'preservedUntil',
      'date',
    ],
    ['provider submitted preservation', 'confirm_preservation', { preservedUntil: 20260610 }, 'preservedUntil', 'date'],
    ['provider preserved preservation', 'extend', { preservedUntil: '2026-03-09' }, 'preservedUntil', 'dateBeforeStep'],
    ['provider preserved preservation', 'supersede', { supersededBy: 0 }, 'supersededBy', 'requestId'],
    ['provider extended preservation', 'supersede', { supersededBy: 1.5 }, 'supersededBy', 'requestId'],
    ['provider extended preservation', 'supersede', { supersededBy: 'MLA-7' }, 'supersededBy', 'requestId'],
    ['police draft europol', 'send', { handlingCode: 'H4' }, 'handlingCode', 'handlingCode'],
    ['police sent interpol', 'answer', {}, 'usableInCourt', 'fieldRequired'],
    ['police acknowledged interpol', 'answer_partially', { usableInCourt: 'yes' }, 'usableInCourt', 'yesOrNo'],
    ['police draft direct', 'send', { messageReference: true }, 'messageReference', 'invalidValue'],
    ['rogatory transmitted_mfa -', 'send_diplomatic_note', {}, 'diplomaticNoteNumber', 'fieldRequired'],
    ['rogatory with_executing_court -', 'refuse', {}, 'ground', 'fieldRequired'],
    [
      'mla ca_review -',
      'transmit',
      { centralAuthorityReference: 'x'.repeat(201) },
      'centralAuthorityReference',
      'tooLong',
    ],
    ['mla transmitted -', 'acknowledge', {}, 'theirReference', 'fieldRequired'],
    ['mla under_execution -', 'refuse', { ground: null }, 'ground', 'fieldRequired'],
  ])('%s: %s with %o is refused at %s', (where, action, payload, path, key) => {
    expect(check(where, action, payload)).toEqual({ ok: false, path, message: `validation.workflow.${key}` });
  });

  it('refuses a step date that is not a date', () => {
    expect(checkTransition('mla', 'draft', null, 'send_to_central_authority', {}, '10/03/2026')).toEqual({
      ok: false,
      path: 'occurredOn',
      message: 'validation.workflow.date',
    });
  });
});

describe('what a step writes on the request', () => {
  const sent = { sentOn: DAY };
  const responded = { respondedOn: DAY };
  const closed = { closedOn: DAY };
  // The outcome the statistics count, and the coded refusal ground (none given here).
  const fulfilled = { outcome: 'fulfilled' };
  const refusedNoGround = { outcome: 'refused', refusalGround: null };
  const preserved = { outcome: 'preserved' };
  it.each<[string, string, TransitionPayload, object]>([
    [
      'provider draft voluntary_subscriber',
      'submit',
      { submittedVia: 'email', ticket: ' LNS-42 ' },
      { ...sent, theirReference: 'LNS-42' },
    ],
    ['provider draft preservation', 'submit', { submittedVia: 'portal', ticket: '' }, sent],
    ['provider submitted preservation', 'acknowledge', { ticket: 'T-9' }, { theirReference: 'T-9' }],
    ['provider acknowledged voluntary_traffic', 'disclose', {}, { ...responded, ...fulfilled }],
    // Rejected is not a finished status: the attaché may still contest it before closing.
    ['provider submitted voluntary_traffic', 'reject', { reason: 'Overbroad' }, { ...responded, ...refusedNoGround }],
    [
      'provider submitted voluntary_traffic',
      'reject',
      { reason: 'No such account', refusalGround: 'data_unavailable' },
      { ...responded, outcome: 'refused', refusalGround: 'data_unavailable' },
    ],
    [
      'provider acknowledged preservation',
      'confirm_preservation',
      { preservedUntil: '2026-06-08' },
      { preservationUntil: '2026-06-08', ...preserved },
    ],
    ['provider acknowledged preservation', 'confirm_preservation', {}, preserved],
    [
      'provider preserved preservation_extension',
      'extend',
      { preservedUntil: DAY },
      { preservationUntil: DAY, ...preserved },
    ],
    // Extended with no stated end: the earlier stated end gives way to the computed extension.
    ['provider preserved preservation', 'extend', {}, { preservationUntil: null, ...preserved }],
    ['provider extended preservation', 'lapse', {}, closed],
    ['provider preserved preservation', 'supersede', { supersededBy: '12' }, closed],
    ['provider no_data voluntary_subscriber', 'close', {}, closed],
    [
      'police draft europol',
      'send',
      { messageReference: 'S-1', handlingCode: 'h2' },
      { ...sent, theirReference: 'S-1', handlingCode: 'H2' },
    ],
    ['police sent interpol', 'answer', { usableInCourt: false }, { ...responded, usableInCourt: false, ...fulfilled }],
    ['police acknowledged liaison', 'decline', {}, { ...responded, ...refusedNoGround }],
    ['rogatory authenticated -', 'transmit_to_mfa', {}, sent],
    ['rogatory transmitted_mfa -', 'send_diplomatic_note', { diplomaticNoteNumber: 'DN-5' }, {}],
    [
      'rogatory received_by_state -',
      'refuse',
      { ground: 'Public order' },
      { ...responded, ...closed, ...refusedNoGround },
    ],
    ['rogatory translation -', 'withdraw', {}, { ...closed, outcome: 'withdrawn' }],
    // The central authority's number stays on the step: the request's own reference is never replaced.
    ['mla translation -', 'transmit', { centralAuthorityReference: 'CA/2026/17', ourReference: 'X' }, sent],
    ['mla transmitted -', 'acknowledge', { theirReference: 'DOJ-OIA-1' }, { theirReference: 'DOJ-OIA-1' }],
    ['mla acknowledged -', 'refuse', { ground: 'Dual criminality' }, { ...responded, ...closed, ...refusedNoGround }],
    // Filing a refusal away keeps the date the request finished on.
    ['mla refused -', 'close', {}, {}],
    ['mla evidence_received -', 'close', {}, closed],
  ])('%s: %s with %o', (where, action, payload, patch) => {
    const result = check(where, action, payload);
    expect(result.ok && result.patch).toEqual(patch);
  });
});
