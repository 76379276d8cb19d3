import type { z } from 'zod';
import type { statutoryChecks as statutoryChecksShape } from '../../../shared/contract/statutory';
import { statutoryChecks } from '../../../shared/domain/deadlines/statutory';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { requireOffice } from '../office/office-repo';
import { deadlineInputs } from './deadline-inputs';
import { requestHistory } from './refresh';

/** Why a statutory rule does or does not run for one request (the request page's deadline card). */
export function statutoryView(ctx: AppContext, requestId: number): z.infer<typeof statutoryChecksShape> {
  const office = requireOffice(ctx.db.orm);
  const history = requestHistory(ctx.db.orm, requestId);
  if (!history) throw new AppError('NOT_FOUND', `Request ${requestId} does not exist.`);
  const inputs = deadlineInputs(ctx, office);
  const result = statutoryChecks(
    history.facts,
    history.events,
    inputs.rules,
    inputs.office,
    inputs.now,
    inputs.bindings ?? {},
  );
  return {
    ...result,
    officeCountry: office.homeCountry,
    counterpartCountry: history.request.counterpartCountry,
  };
}
