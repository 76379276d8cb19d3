import { z } from 'zod';
import { id, instant, pageOf, paging } from './common';

export const TIMELINE_KINDS = [
  'case_created',
  'case_updated',
  'case_archived',
  'case_restored',
  'subject_added',
  'subject_updated',
  'subject_removed',
  'identifier_added',
  'identifier_updated',
  'identifier_removed',
  'request_created',
  'request_updated',
  'request_status_changed',
  'request_step_undone',
  'contact_linked',
  'contact_unlinked',
  'case_exported',
  'case_imported',
  'attachment_added',
  'attachment_superseded',
  'attachment_described',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const timelineParams = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export type TimelineParams = z.infer<typeof timelineParams>;

export const timelineEvent = z.object({
  id,
  caseId: id,
  requestId: id.nullable(),
  at: instant,
  kind: z.enum(TIMELINE_KINDS, { error: 'validation.choose' }),
  actor: z.string().nullable(),
  params: timelineParams,
});

export const timelineListInput = z.object({
  caseId: id,
  page: paging.page,
  pageSize: paging.pageSize,
  order: z.enum(['newest', 'oldest']).default('newest'),
});

export const timelinePage = pageOf(timelineEvent);
export type TimelineEvent = z.infer<typeof timelineEvent>;
