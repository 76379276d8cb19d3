import { statutoryView } from '../../core/deadlines/statutory-view';
import type { HandlerGroup } from './types';

export const statutoryHandlers: HandlerGroup<'statutory'> = {
  'statutory:checks': (ctx, input) => statutoryView(ctx, input.requestId),
};
