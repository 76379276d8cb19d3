import type { TransitionDef, Workflow } from './types';

const AWAITING_ANSWER = ['sent', 'acknowledged'] as const;

const transitions: TransitionDef[] = [
  {
    action: 'send',
    from: ['draft'],
    to: 'sent',
    fields: [
      { name: 'messageReference', required: false },
      { name: 'handlingCode', required: false },
    ],
  },
  { action: 'acknowledge', from: ['sent'], to: 'acknowledged', fields: [] },
  { action: 'answer', from: AWAITING_ANSWER, to: 'answered', fields: [{ name: 'usableInCourt', required: true }] },
  {
    action: 'answer_partially',
    from: AWAITING_ANSWER,
    to: 'partially_answered',
    fields: [{ name: 'usableInCourt', required: true }],
  },
  {
    action: 'decline',
    from: AWAITING_ANSWER,
    to: 'declined',
    fields: [
      { name: 'reason', required: false },
      { name: 'refusalGround', required: false },
    ],
  },
  { action: 'close', from: ['answered', 'partially_answered', 'declined'], to: 'closed', fields: [] },
];

export const policeWorkflow: Workflow = { channel: 'police', transitions };
