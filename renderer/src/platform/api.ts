import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput, ErrorCode, IssueEnvelope } from '../../../shared/ipc-contract';
import { bridge } from './bridge';

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

export function useApiQuery<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  options: Omit<UseQueryOptions<ChannelOutput<C>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ChannelOutput<C>, ApiError>({
    queryKey: [channel, input],
    queryFn: () => call(channel, input),
    ...options,
  });
}

/** A write: on success every cached read is refetched, since one write can change many views. */
export function useApiMutation<C extends ChannelName>(channel: C) {
  const client = useQueryClient();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => client.invalidateQueries(),
  });
}

/**
 * Keeps every open view current when the core reports a change it did not get from this page
 * (another window, a reminder, an import), over whichever transport the page runs on.
 */
export function useLiveData(): void {
  const client = useQueryClient();
  useEffect(() => bridge.on('data:changed', () => void client.invalidateQueries()), [client]);
}
