import { z } from 'zod';
import { CHANNELS } from '../domain/requests';
import { deadlineItem } from './deadlines';

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
  /** The first overdue deadlines, soonest first; `overdueCount` is how many there are in all. */
  overdue: z.array(deadlineItem),
  overdueCount: z.number().int(),
  dueThisWeek: z.array(deadlineItem),
  dueThisWeekCount: z.number().int(),
});

export type Dashboard = z.infer<typeof dashboard>;
