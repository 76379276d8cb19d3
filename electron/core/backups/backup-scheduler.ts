import type { AppContext } from '../context';
import { runDueBackups } from './backup-service';

const CHECK_EVERY_MS = 60 * 60 * 1000;
const START_DELAY_MS = 30_000;

/**
 * The app's timer for automatic backups: it only asks, every hour, whether one is due (runDueBackups
 * decides: daily, then rotation), so a machine that sleeps or is switched off catches up at the next
 * check. A run is synchronous (SQLite writes the copy), so two never overlap. Tests call runDueBackups
 * with the instant they want instead.
 */
export function startBackupScheduler(ctx: AppContext, everyMs = CHECK_EVERY_MS): { stop(): void } {
  const run = () => {
    try {
      const result = runDueBackups(ctx, ctx.clock.now());
      if (result.made) ctx.logger.info('automatic backup written', { name: result.made.name, pruned: result.pruned });
    } catch (error) {
      ctx.logger.error('automatic backup failed', { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const first = setTimeout(run, START_DELAY_MS);
  first.unref();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
