import type { ParsedInput } from '../../../shared/ipc-contract';
import { dir977Return, reg1543Return, type OfficialReturn } from '../../../shared/domain/statistics/returns';
import type { AppContext } from '../context';
import { requireOffice } from '../office/office-repo';
import { returnRows } from './stats-rows';

export function officialReturnOf(ctx: AppContext, input: ParsedInput<'stats:return'>): OfficialReturn {
  const office = requireOffice(ctx.db.orm);
  const rows = returnRows(ctx.db, input.kind, input.year, ctx.clock.now().toISOString());
  return input.kind === 'reg1543'
    ? reg1543Return(rows, input.year, office.homeCountry)
    : dir977Return(rows, input.year, office.homeCountry);
}
