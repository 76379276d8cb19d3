import { isFinished, STATUSES_BY_CHANNEL, type RequestStatus } from '../requests';
import type { TransitionDef, Workflow } from './types';

/** Every step before the letter is finished: refusal and withdrawal can happen at any of them. */
const OPEN: readonly RequestStatus[] = STATUSES_BY_CHANNEL.rogatory.filter((status) => !isFinished('rogatory', status));

const transitions: TransitionDef[] = [
  { action: 'start_translation', from: ['draft'], to: 'translation', fields: [] },
  // A letter to a country sharing our language needs no translation.
  { action: 'sign_and_seal', from: ['draft', 'translation'], to: 'signed_sealed', fields: [] },
  // Authentication or apostille is needed only where the requested state asks for it.
  { action: 'authenticate', from: ['signed_sealed'], to: 'authenticated', fields: [] },
  { action: 'transmit_to_mfa', from: ['signed_sealed', 'authenticated'], to: 'transmitted_mfa', fields: [] },
  {
    action: 'send_diplomatic_note',
    from: ['transmitted_mfa'],
    to: 'diplomatic_note_sent',
    fields: [{ name: 'diplomaticNoteNumber', required: true }],
  },
  { action: 'confirm_receipt', from: ['diplomatic_note_sent'], to: 'received_by_state', fields: [] },
  { action: 'assign_to_court', from: ['received_by_state'], to: 'with_executing_court', fields: [] },
  { action: 'execute', from: ['with_executing_court'], to: 'executed', fields: [] },
  { action: 'return_via_diplomatic_channel', from: ['executed'], to: 'returned', fields: [] },
  { action: 'receive', from: ['returned'], to: 'received', fields: [] },
  { action: 'close', from: ['received'], to: 'closed', fields: [] },
  {
    action: 'refuse',
    from: OPEN,
    to: 'refused',
    fields: [
      { name: 'ground', required: true },
      { name: 'refusalGround', required: false },
    ],
  },
  { action: 'withdraw', from: OPEN, to: 'withdrawn', fields: [{ name: 'reason', required: false }] },
];

export const rogatoryWorkflow: Workflow = { channel: 'rogatory', transitions };
