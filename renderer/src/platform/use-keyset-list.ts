import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ListTotal } from '../../../shared/contract/keyset';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc-contract';
import { call, type ApiError } from './api';

type KeysetChannel = 'case:list' | 'request:list' | 'contact:list' | 'audit:list' | 'organisation:list';
type Item<C extends KeysetChannel> = ChannelOutput<C>['items'][number];

/**
 * A keyset-paged list loaded a page at a time as the user scrolls. The total comes with the first page
 * (capped, see shared/contract/keyset.ts); the rows are every page loaded so far, in order.
 */
export function useKeysetList<C extends KeysetChannel>(channel: C, input: Omit<ChannelInput<C>, 'cursor'>) {
  const query = useInfiniteQuery<ChannelOutput<C>, ApiError>({
    queryKey: [channel, input, 'keyset'],
    queryFn: ({ pageParam }) => call(channel, { ...input, cursor: pageParam as string | null } as ChannelInput<C>),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const items = useMemo(() => (data?.pages ?? []).flatMap((page) => page.items as Item<C>[]), [data]);
  const total: ListTotal | null = data?.pages[0]?.total ?? null;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return {
    items,
    total,
    loadMore,
    hasMore: hasNextPage,
    loadingMore: isFetchingNextPage,
    isPending: query.isPending,
    error: query.error,
  };
}
