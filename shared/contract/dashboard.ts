import { z } from 'zod';
import { CHANNELS, URGENCIES } from '../domain/requests';
import { id } from './common';

export const dueItem = z.object({
  requestId: id,
  caseId: id,
  caseReference: z.string(),
  title: z.string(),
  channel: z.enum(CHANNELS, { error: 'validation.choose' }),
  status: z.string(),
  urgency: z.enum(URGENCIES, { error: 'validation.choose' }),
  /** Which date is running out: the expected answer or the provider's preservation. */
  dateKind: z.enum(['due', 'preservation']),
  date: z.string(),
  daysLeft: z.number().int(),
});

export const dashboard = z.object({
  today: z.string(),
  timeZone: z.string(),
  openCases: z.number().int(),
  openRequests: z.number().int(),
  emergencyRequests: z.number().int(),
  byChannel: z.array(
    z.object({
      channel: z.enum(CHANNELS, { error: 'validation.choose' }),
      status: z.string(),
      count: z.number().int(),
    }),
  ),
  overdue: z.array(dueItem),
  dueThisWeek: z.array(dueItem),
});

export type Dashboard = z.infer<typeof dashboard>;
export type DueItem = z.infer<typeof dueItem>;
