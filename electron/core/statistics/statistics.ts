import type { ParsedInput } from '../../../shared/ipc-contract';
import type { StatsFilter, StatsOverview } from '../../../shared/contract/statistics';
import { keyOf, monthOf, overviewOf, type StatRow } from '../../../shared/domain/statistics/aggregate';
import { dir977Return, reg1543Return, type OfficialReturn } from '../../../shared/domain/statistics/returns';
import type { AppContext } from '../context';
import { requireOffice } from '../office/office-repo';
import { drilldownPage, returnRows, statRows } from './stats-rows';

export function statsOverview(ctx: AppContext, filter: StatsFilter): StatsOverview {
  const rows = statRows(ctx.db, filter, ctx.clock.now().toISOString());
  return { filter: { from: filter.from, to: filter.to }, ...overviewOf(rows) };
}

function belongs(row: StatRow, input: ParsedInput<'stats:drilldown'>): boolean {
  if (!input.dimension || input.key === undefined) return true;
  if (input.dimension === 'month') return monthOf(row) === input.key;
  return keyOf(row, input.dimension) === input.key;
}

/**
 * The requests behind one figure: chosen by the very key function the figure was counted with, so the
 * list always holds exactly the figure's count; newest first.
 */
export function statsDrilldown(ctx: AppContext, input: ParsedInput<'stats:drilldown'>) {
  const rows = statRows(ctx.db, input.filter, ctx.clock.now().toISOString())
    .filter((row) => belongs(row, input))
    .sort((a, b) => b.onDate.localeCompare(a.onDate) || b.id - a.id);
  const page = rows.slice(input.offset, input.offset + input.limit);
  const onDate = new Map(page.map((row) => [row.id, row.onDate]));
  return {
    total: rows.length,
    items: drilldownPage(
      ctx.db,
      page.map((row) => row.id),
    ).map((item) => ({ ...item, onDate: onDate.get(item.id)! })),
  };
}

export function officialReturnOf(ctx: AppContext, input: ParsedInput<'stats:return'>): OfficialReturn {
  const office = requireOffice(ctx.db.orm);
  const rows = returnRows(ctx.db, input.year, ctx.clock.now().toISOString());
  return input.kind === 'reg1543'
    ? reg1543Return(rows, input.year, office.homeCountry)
    : dir977Return(rows, input.year, office.homeCountry);
}
