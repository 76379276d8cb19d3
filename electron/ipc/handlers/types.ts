import type { ChannelName, ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { AppContext } from '../../core/context';

/** Most handlers answer synchronously (better-sqlite3); long work returns a promise and yields as it goes. */
export type Handler<C extends ChannelName> = (
  ctx: AppContext,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };
export type HandlerGroup<P extends string> = {
  [C in ChannelName as C extends `${P}:${string}` ? C : never]: Handler<C>;
};
