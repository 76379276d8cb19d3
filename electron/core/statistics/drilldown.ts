import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { AppContext } from '../context';
import { keySql, ON_DATE } from './stats-keys';
import { drilldownPage, whereOf } from './stats-rows';

/**
 * The requests behind one figure, newest first, a page at a time: selected in SQL by the key the
 * figure was counted under (stats-keys.ts), so the list always holds exactly the figure's count; the
 * page is read after the last one shown (keyset) and never loads the period.
 */
export function statsDrilldown(
  ctx: AppContext,
  input: ParsedInput<'stats:drilldown'>,
): ChannelOutput<'stats:drilldown'> {
  const where = whereOf(input.filter);
  const params: Record<string, string | number> = { ...where.params };
  let sql = where.sql;
  if (input.dimension && input.key !== undefined) {
    sql += ` AND ${keySql(input.dimension)} = @key`;
    params.key = input.key;
  }
  const total = ctx.db.sqlite
    .prepare(`SELECT count(*) FROM requests r INDEXED BY requests_stats_idx WHERE ${sql}`)
    .pluck()
    .get(params) as number;
  let pageSql = sql;
  if (input.after) {
    pageSql += ` AND (${ON_DATE}, r.id) < (@afterOn, @afterId)`;
    params.afterOn = input.after.onDate;
    params.afterId = input.after.id;
  }
  // One row past the page says whether another page follows.
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT r.id, ${ON_DATE} AS onDate FROM requests r INDEXED BY requests_stats_idx WHERE ${pageSql}
       ORDER BY onDate DESC, r.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: input.limit + 1, offset: input.offset }) as { id: number; onDate: string }[];
  const page = rows.slice(0, input.limit);
  const onDate = new Map(page.map((row) => [row.id, row.onDate]));
  const items = drilldownPage(
    ctx.db,
    page.map((row) => row.id),
  ).map((item) => ({ ...item, onDate: onDate.get(item.id)! }));
  const last = page.at(-1);
  return { total, items, next: rows.length > input.limit && last ? { onDate: last.onDate, id: last.id } : null };
}
