import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput, ErrorCode, IssueEnvelope } from '../../../shared/ipc-contract';
import { bridge } from './bridge';
import { changeFeedOf } from './change-feed';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: IssueEnvelope[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Raised on the window whenever a call comes back LOCKED; the sign-in gate listens for it. */
export const LOCKED_EVENT = 'legat:locked';

/** The typed client: the only way the renderer reaches the main process. */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let envelope;
  try {
    envelope = await bridge.invoke(channel, input);
  } catch (cause) {
    throw new ApiError('INTERNAL', cause instanceof Error ? cause.message : String(cause));
  }
  if (!envelope.ok) {
    // The session ended under this page (idle lock in another window, the host restarted): show sign-in.
    if (envelope.error.code === 'LOCKED') window.dispatchEvent(new Event(LOCKED_EVENT));
    throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.issues);
  }
  return envelope.data as ChannelOutput<C>;
}

/** One read's cache key and fetch: the same for a screen's query and a prefetch of it. */
const readOf = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => ({
  queryKey: [channel, input],
  queryFn: () => call(channel, input),
});

export function useApiQuery<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  options: Omit<UseQueryOptions<ChannelOutput<C>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ChannelOutput<C>, ApiError>({ ...readOf(channel, input), ...options });
}

/** Starts a read now, into the cache a `useApiQuery` of the same channel and input will find it in. */
export function prefetchApi<C extends ChannelName>(client: QueryClient, channel: C, input: ChannelInput<C>): void {
  void client.prefetchQuery<ChannelOutput<C>, ApiError>(readOf(channel, input));
}

/**
 * A call that, when it writes, refetches the cached reads showing what its channel declares it changes,
 * before it resolves; the change's echo on `data:changed` is then not refetched again.
 */
export function callAndRefetch<C extends ChannelName>(
  client: QueryClient,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  return changeFeedOf(client).run(channel, () => call(channel, input));
}

export function useApiMutation<C extends ChannelName>(channel: C) {
  const client = useQueryClient();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => callAndRefetch(client, channel, input),
  });
}

/**
 * Keeps every open view current when a write changes what it shows: another window's, a core task's,
 * or this page's own when it was made without callAndRefetch.
 */
export function useLiveData(): void {
  const client = useQueryClient();
  useEffect(() => {
    const feed = changeFeedOf(client);
    const stopListening = feed.listen();
    const unsubscribe = bridge.on('data:changed', (payload) => feed.heard(payload.entities));
    return () => {
      unsubscribe();
      stopListening();
    };
  }, [client]);
}
