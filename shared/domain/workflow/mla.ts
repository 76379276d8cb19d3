import type { RequestStatus } from '../requests';
import type { TransitionDef, Workflow } from './types';

const OPEN: readonly RequestStatus[] = [
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

/*
 * Many central authorities never send a formal acknowledgment, and simple requests (service of
 * documents, subscriber data) are often executed before anyone reports execution started: so the
 * outcomes, the start of execution and a request for supplementary information (the usual bounce of
 * a defective request, at intake) may all follow transmission directly.
 */
const WITH_REQUESTED_STATE = ['transmitted', 'acknowledged', 'under_execution'] as const;

const transitions: TransitionDef[] = [
  { action: 'send_to_central_authority', from: ['draft'], to: 'ca_review', fields: [] },
  { action: 'start_translation', from: ['ca_review'], to: 'translation', fields: [] },
  {
    action: 'transmit',
    from: ['ca_review', 'translation'],
    to: 'transmitted',
    // The request keeps the office's own reference; the central authority's number is a separate fact of this step.
    fields: [{ name: 'centralAuthorityReference', required: false }],
  },
  {
    action: 'acknowledge',
    from: ['transmitted'],
    to: 'acknowledged',
    fields: [{ name: 'theirReference', required: true }],
  },
  { action: 'start_execution', from: ['transmitted', 'acknowledged'], to: 'under_execution', fields: [] },
  { action: 'request_supplementary', from: WITH_REQUESTED_STATE, to: 'supplementary_requested', fields: [] },
  { action: 'provide_supplementary', from: ['supplementary_requested'], to: 'under_execution', fields: [] },
  { action: 'execute', from: WITH_REQUESTED_STATE, to: 'executed', fields: [] },
  { action: 'execute_partially', from: WITH_REQUESTED_STATE, to: 'partially_executed', fields: [] },
  // Refusal also follows a supplementary request that was never answered to the requested state's satisfaction.
  {
    action: 'refuse',
    from: [...WITH_REQUESTED_STATE, 'supplementary_requested'],
    to: 'refused',
    fields: [
      { name: 'ground', required: true },
      { name: 'refusalGround', required: false },
    ],
  },
  { action: 'receive_evidence', from: ['executed', 'partially_executed'], to: 'evidence_received', fields: [] },
  // Closing a refused request is the one step out of a finished status: it files the refusal away.
  { action: 'close', from: ['evidence_received', 'refused'], to: 'closed', fields: [] },
  { action: 'withdraw', from: OPEN, to: 'withdrawn', fields: [{ name: 'reason', required: false }] },
];

export const mlaWorkflow: Workflow = { channel: 'mla', transitions };
