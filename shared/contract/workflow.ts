import { z } from 'zod';
import { id, instant, isoDate, optionalText } from './common';

const payloadValue = z.union([z.string().trim().max(2000), z.number(), z.boolean(), z.null()]);

export const transitionInput = z.object({
  requestId: id,
  action: z.string().trim().min(1).max(60),
  /** The day the step happened, in the office's zone; today when omitted. */
  occurredOn: isoDate.nullable().default(null),
  note: optionalText(2000),
  payload: z.record(z.string(), payloadValue).default({}),
  /**
   * Marking a request sent while its document has blocking completeness findings: the officer's
   * reason, recorded as an override of each finding. Ignored for other steps.
   */
  overrideReason: optionalText(1000),
});

export const undoInput = z.object({ requestId: id, note: optionalText(2000) });

export const requestEvent = z.object({
  id,
  requestId: id,
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  occurredAt: instant,
  occurredOn: z.string(),
  timeZone: z.string(),
  recordedAt: instant,
  actor: z.string().nullable(),
  note: z.string(),
  payload: z.record(z.string(), z.unknown()),
  undoesEventId: id.nullable(),
  undoneByEventId: id.nullable(),
});

export const availableStep = z.object({
  action: z.string(),
  to: z.string(),
  /** `prefill`: what the request already records for the field, offered instead of retyped. */
  fields: z.array(z.object({ name: z.string(), required: z.boolean(), prefill: z.string().nullable() })),
});

export const requestWorkflow = z.object({
  requestId: id,
  status: z.string(),
  events: z.array(requestEvent),
  available: z.array(availableStep),
  /** The step an undo would reverse, if any. */
  undoable: requestEvent.nullable(),
});

export type RequestEvent = z.infer<typeof requestEvent>;
export type RequestWorkflow = z.infer<typeof requestWorkflow>;
export type AvailableStep = z.infer<typeof availableStep>;
