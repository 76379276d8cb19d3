import type { AppContext } from '../context';

/** At most a few progress events a second: enough for a smooth bar, not a flood over IPC. */
const EVERY_MS = 150;

export function progressEmitter(ctx: AppContext, task: string) {
  let last = 0;
  let latest = { done: 0, total: 0 };
  return {
    report: (done: number, total: number) => {
      latest = { done, total };
      const now = ctx.clock.now().getTime();
      if (now - last < EVERY_MS) return;
      last = now;
      ctx.events.emit('progress:update', { task, done, total });
    },
    finish: () => {
      ctx.events.emit('progress:update', { task, done: latest.total, total: latest.total });
    },
  };
}
