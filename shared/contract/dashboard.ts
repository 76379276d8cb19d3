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
  overdue: z.array(deadlineItem),
  dueThisWeek: z.array(deadlineItem),
});

export type Dashboard = z.infer<typeof dashboard>;
