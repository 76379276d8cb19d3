import { PROVIDER_KINDS } from '../requests';
import type { TransitionDef, Workflow } from './types';

export const PRESERVATION_KINDS: readonly string[] = ['preservation', 'preservation_extension'];
/** Every provider kind that asks for data rather than for it to be kept. */
export const DISCLOSURE_KINDS: readonly string[] = PROVIDER_KINDS.filter((k) => !PRESERVATION_KINDS.includes(k));

const OPEN_WITH_PROVIDER = ['submitted', 'acknowledged'] as const;
const PRESERVATION_HELD = ['preserved', 'extended'] as const;

const transitions: TransitionDef[] = [
  {
    action: 'submit',
    from: ['draft'],
    to: 'submitted',
    fields: [
      { name: 'submittedVia', required: true },
      { name: 'ticket', required: false },
    ],
  },
  { action: 'acknowledge', from: ['submitted'], to: 'acknowledged', fields: [{ name: 'ticket', required: false }] },
  // Asking for more information applies to preservation too (e.g. an identifier the provider cannot match).
  { action: 'request_info', from: ['acknowledged'], to: 'info_requested', fields: [] },
  { action: 'provide_info', from: ['info_requested'], to: 'acknowledged', fields: [] },
  { action: 'disclose', from: OPEN_WITH_PROVIDER, to: 'disclosed', fields: [], kinds: DISCLOSURE_KINDS },
  {
    action: 'disclose_partially',
    from: OPEN_WITH_PROVIDER,
    to: 'partially_disclosed',
    fields: [],
    kinds: DISCLOSURE_KINDS,
  },
  // "No such account" and rejection are answers a preservation request can get as well.
  { action: 'report_no_data', from: OPEN_WITH_PROVIDER, to: 'no_data', fields: [] },
  // A provider may give up on a request whose missing information never arrives.
  {
    action: 'reject',
    from: [...OPEN_WITH_PROVIDER, 'info_requested'],
    to: 'rejected',
    fields: [
      { name: 'reason', required: true },
      { name: 'refusalGround', required: false },
    ],
  },
  {
    action: 'confirm_preservation',
    from: OPEN_WITH_PROVIDER,
    to: 'preserved',
    fields: [{ name: 'preservedUntil', required: false }],
    kinds: PRESERVATION_KINDS,
  },
  // One extension only (18 U.S.C. 2703(f)): hence from preserved, never from extended.
  {
    action: 'extend',
    from: ['preserved'],
    to: 'extended',
    fields: [{ name: 'preservedUntil', required: false }],
    kinds: PRESERVATION_KINDS,
  },
  { action: 'lapse', from: PRESERVATION_HELD, to: 'lapsed', fields: [], kinds: PRESERVATION_KINDS },
  {
    action: 'supersede',
    from: PRESERVATION_HELD,
    to: 'superseded',
    fields: [{ name: 'supersededBy', required: false }],
    kinds: PRESERVATION_KINDS,
  },
  {
    action: 'close',
    from: ['disclosed', 'partially_disclosed', 'no_data', 'rejected', ...PRESERVATION_HELD],
    to: 'closed',
    fields: [],
  },
];

export const providerWorkflow: Workflow = { channel: 'provider', transitions };
