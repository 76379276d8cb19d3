import type { QueryClient } from '@tanstack/react-query';
import type { ChannelName } from '../../../shared/ipc-contract';
import effects from 'virtual:channel-effects';
import type { Entity } from '../../../shared/contract/entities';

/** The contract's own entity names, read at build time: typed here as the contract types them. */
const CHANNEL_EFFECTS = effects as Readonly<
  Record<ChannelName, { access: 'read' | 'write'; shows: readonly Entity[]; changes: readonly Entity[] }>
>;

/** Whether a cached query shows any of the changed entities; a key that is not a read is refetched to be safe. */
export function showsAny(queryKey: readonly unknown[], changed: readonly Entity[]): boolean {
  const channel = queryKey[0];
  if (typeof channel !== 'string' || !Object.hasOwn(CHANNEL_EFFECTS, channel)) return true;
  const spec = CHANNEL_EFFECTS[channel as ChannelName];
  return spec.access !== 'read' || spec.shows.some((entity) => changed.includes(entity));
}

/**
 * Refetches the cached reads that show what changed, and only those. A read still in flight was sent
 * before the change and may answer from before it: it is cancelled first, since react-query would
 * otherwise hand the refetch that read's answer when the query has no data yet (a screen's first read).
 */
export async function refetchShowing(client: QueryClient, changed: readonly Entity[]): Promise<void> {
  if (changed.length === 0) return;
  const predicate = (query: { queryKey: readonly unknown[] }) => showsAny(query.queryKey, changed);
  await client.cancelQueries({ predicate, fetchStatus: 'fetching' });
  await client.invalidateQueries({ predicate });
}

const keyOf = (entities: readonly Entity[]) => [...entities].sort().join(',');

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

/**
 * The page hears of every write on `data:changed`, its own included. Its own write refetches as soon as
 * it is answered (so the form that awaited it sees fresh data), and the echo of that write is then
 * dropped: one refetch per write, not two. The echo may come before or after the answer (two transports,
 * two connections in browser mode), so both orders are matched; an event that cannot be told apart from
 * the page's own echo is refetched, which is never wrong, only once more.
 */
export class ChangeFeed {
  private readonly inFlight = new Map<string, number>();
  /** Own writes answered whose echo has not been heard yet. */
  private readonly echoesDue = new Map<string, number>();
  /** Events heard while an own write with the same changes was in flight, with the refetch each began. */
  private readonly heardEarly = new Map<string, Promise<void>[]>();
  private listening = 0;

  constructor(private readonly client: QueryClient) {}

  /** Runs a call on a channel; for a write, refetches what it changed before resolving. */
  async run<T>(channel: ChannelName, send: () => Promise<T>): Promise<T> {
    const { changes } = CHANNEL_EFFECTS[channel];
    if (changes.length === 0) return send();
    const key = keyOf(changes);
    bump(this.inFlight, key, 1);
    let result: T;
    try {
      result = await send();
    } catch (error) {
      this.settle(key);
      throw error;
    }
    const echoed = this.heardEarly.get(key)?.shift();
    this.settle(key);
    if (echoed) {
      await echoed;
      return result;
    }
    // Only a page that listens will hear the echo; counting one it never hears would swallow another window's.
    if (this.listening > 0) bump(this.echoesDue, key, 1);
    await refetchShowing(this.client, changes);
    return result;
  }

  /** Events heard early belong to a write still in flight; with none left, they belong to no one. */
  private settle(key: string): void {
    bump(this.inFlight, key, -1);
    if (!this.inFlight.has(key) || this.heardEarly.get(key)?.length === 0) this.heardEarly.delete(key);
  }

  /** A `data:changed` event: another window's write, a core task's, or the echo of this page's own. */
  heard(entities: readonly Entity[]): void {
    const key = keyOf(entities);
    if ((this.echoesDue.get(key) ?? 0) > 0) {
      bump(this.echoesDue, key, -1);
      return;
    }
    const refetch = refetchShowing(this.client, entities);
    if ((this.inFlight.get(key) ?? 0) > 0) this.heardEarly.set(key, [...(this.heardEarly.get(key) ?? []), refetch]);
  }

  /** Called by the listener while it is subscribed, so echoes are only expected when they can arrive. */
  listen(): () => void {
    this.listening += 1;
    return () => {
      this.listening -= 1;
    };
  }
}

const feeds = new WeakMap<QueryClient, ChangeFeed>();

export function changeFeedOf(client: QueryClient): ChangeFeed {
  let feed = feeds.get(client);
  if (!feed) {
    feed = new ChangeFeed(client);
    feeds.set(client, feed);
  }
  return feed;
}
