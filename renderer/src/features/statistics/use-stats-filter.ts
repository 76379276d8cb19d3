import { useState } from 'react';
import type { ChannelInput } from '../../../../shared/ipc-contract';

export type StatsFilterValue = ChannelInput<'stats:overview'>;

/** The period starts as the current calendar year, the one an annual report is about. */
export function useStatsFilter(today: string) {
  const year = today.slice(0, 4);
  const [filter, setFilter] = useState<StatsFilterValue>({ from: `${year}-01-01`, to: `${year}-12-31` });
  const update = (patch: Partial<StatsFilterValue>) => setFilter((current) => ({ ...current, ...patch }));
  return { filter, update };
}
