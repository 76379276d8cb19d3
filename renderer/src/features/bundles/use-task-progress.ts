import { useEffect, useState } from 'react';
import { bridge } from '../../platform/bridge';

/** The latest progress the core reported for one task (an export, an inspection, an import). */
export function useTaskProgress(task: string | null): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ task: string; done: number; total: number } | null>(null);
  useEffect(() => {
    if (!task) return undefined;
    return bridge.on('progress:update', (payload) => {
      if (payload.task === task) setProgress(payload);
    });
  }, [task]);
  return progress && progress.task === task ? progress : null;
}

export const percent = (p: { done: number; total: number } | null) =>
  p && p.total > 0 ? Math.min(100, Math.round((p.done / p.total) * 100)) : 0;
