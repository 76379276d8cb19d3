import { searchQuery } from '../../core/search/search-repo';
import type { HandlerGroup } from './types';

export const searchHandlers: HandlerGroup<'search'> = {
  'search:query': (ctx, input) => searchQuery(ctx.db.sqlite, input),
};
