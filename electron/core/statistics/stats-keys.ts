import type { Dimension } from '../../../shared/domain/statistics/aggregate';

/** Must match the expression of requests_stats_idx word for word, or SQLite will not use the index. */
export const ON_DATE = 'coalesce(r.sent_on, substr(r.created_at, 1, 10))';

/**
 * What JavaScript's String.prototype.trim strips (ECMAScript white space and line terminators).
 * SQLite's trim() strips only spaces unless given the characters, and an officer may paste a provider
 * name with a no-break space: the key must be the one keyOf gives.
 */
const JS_WHITESPACE =
  'char(9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279)';

/**
 * The breakdown key of a request in SQL, the mirror of keyOf (shared/domain/statistics/aggregate.ts):
 * the drill-down selects by it, so its list holds exactly the figure's count. Categories are codes
 * from a closed ASCII list, so SQLite's byte order sorts them as JavaScript's sort() does.
 */
export function keySql(dimension: Dimension | 'month'): string {
  switch (dimension) {
    case 'channel':
      return 'r.channel';
    case 'kind':
      return "coalesce(r.kind, '-')";
    case 'direction':
      return 'r.direction';
    case 'country':
      return 'r.counterpart_country';
    case 'provider':
      return `coalesce(nullif(trim(r.provider, ${JS_WHITESPACE}), ''), '-')`;
    case 'category':
      // Most requests name no category: the test spares them json_each, a measurable share of a year.
      return `CASE WHEN r.data_categories = '[]' THEN '-' ELSE coalesce(
        (SELECT group_concat(c.value, '+' ORDER BY c.value) FROM json_each(r.data_categories) c), '-') END`;
    case 'urgency':
      return 'r.urgency';
    case 'outcome':
      return "coalesce(r.outcome, 'pending')";
    case 'month':
      return `substr(${ON_DATE}, 1, 7)`;
  }
}
