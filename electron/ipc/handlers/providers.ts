import { providerChoices } from '../../core/knowledge/provider-choices';
import type { HandlerGroup } from './types';

export const providerHandlers: HandlerGroup<'provider'> = {
  'provider:choices': (ctx) => providerChoices(ctx.db.orm),
};
