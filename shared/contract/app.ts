import { z } from 'zod';

export const appInfo = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  now: z.string(),
});
export type AppInfo = z.infer<typeof appInfo>;
