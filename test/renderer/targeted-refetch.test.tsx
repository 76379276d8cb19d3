// @vitest-environment jsdom
/**
 * A write refetches the open views that show what it changed, once, whichever of its answer and its
 * echo on data:changed arrives first; views of other things are left alone.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Entity } from '../../shared/contract/entities';
import type { EventPayloads } from '../../shared/events';
import type * as Api from '../../renderer/src/platform/api';

type Changed = (payload: EventPayloads['data:changed']) => void;
let listeners: Changed[];
let reads: Record<string, number>;
/** When the fake main process sends a write's echo: before its answer, after it, or not at all. */
let echo: 'before' | 'after' | 'never';
/** Contacts written so far: what a contact list read answers. */
let created: number;
/** Set, the next contact list read waits to answer until the test says so (with the count read at its start). */
let holdNextList: ((answer: () => void) => void) | null;

const emit = (entities: Entity[]) => listeners.forEach((listener) => listener({ entities }));

let api: typeof Api;

// The bridge is chosen when the page loads, so the fake main process is in place before the client is imported.
beforeAll(async () => {
  window.legat = {
    invoke: (channel: string) => {
      if (channel === 'contact:create') {
        created += 1;
        if (echo === 'before') emit(['contact']);
        if (echo === 'after') setTimeout(() => emit(['contact']), 0);
        return Promise.resolve({ ok: true, data: { id: 1 } });
      }
      reads[channel] = (reads[channel] ?? 0) + 1;
      const data = { items: [], total: channel === 'contact:list' ? created : 0 };
      const hold = channel === 'contact:list' ? holdNextList : null;
      if (!hold) return Promise.resolve({ ok: true, data });
      holdNextList = null;
      return new Promise((resolve) => hold(() => resolve({ ok: true, data })));
    },
    on: (event: string, listener: Changed) => {
      if (event === 'data:changed') listeners.push(listener);
      return () => {
        listeners = listeners.filter((l) => l !== listener);
      };
    },
  } as unknown as typeof window.legat;
  api = await import('../../renderer/src/platform/api');
});
beforeEach(() => {
  listeners = [];
  reads = {};
  echo = 'after';
  created = 0;
  holdNextList = null;
});
afterEach(cleanup);

function renderScreens() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 5_000 } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(
    () => {
      api.useLiveData();
      return {
        contacts: api.useApiQuery('contact:list', {}),
        deadlines: api.useApiQuery('deadline:list', {}),
        create: api.useApiMutation('contact:create'),
      };
    },
    { wrapper },
  );
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

it.each(['after', 'before'] as const)(
  'refetches the contact list once and the deadline list not at all when the echo comes %s the answer',
  async (when) => {
    echo = when;
    const { result } = renderScreens();
    await waitFor(() => expect(result.current.contacts.isSuccess && result.current.deadlines.isSuccess).toBe(true));
    expect(reads).toEqual({ 'contact:list': 1, 'deadline:list': 1 });
    await act(() => result.current.create.mutateAsync({ kind: 'other', name: 'A. Person', country: 'FR' }));
    await settle();
    expect(reads).toEqual({ 'contact:list': 2, 'deadline:list': 1 });
  },
);

it('refetches after its own write even when no echo comes', async () => {
  echo = 'never';
  const { result } = renderScreens();
  await waitFor(() => expect(result.current.contacts.isSuccess).toBe(true));
  await act(() => result.current.create.mutateAsync({ kind: 'other', name: 'A. Person', country: 'FR' }));
  await settle();
  expect(reads['contact:list']).toBe(2);
});

it("refetches what another window's write changed, and only that", async () => {
  const { result } = renderScreens();
  await waitFor(() => expect(result.current.contacts.isSuccess && result.current.deadlines.isSuccess).toBe(true));
  act(() => emit(['deadline']));
  await settle();
  expect(reads).toEqual({ 'contact:list': 1, 'deadline:list': 2 });
  act(() => emit(['audit']));
  await settle();
  expect(reads).toEqual({ 'contact:list': 1, 'deadline:list': 2 });
});

it('reads again after a write when the first read of a screen, sent before it, answers after it', async () => {
  let answerFirstRead: () => void = () => undefined;
  holdNextList = (answer) => (answerFirstRead = answer);
  const { result } = renderScreens();
  await waitFor(() => expect(reads['contact:list']).toBe(1));
  let written: Promise<unknown> = Promise.resolve();
  act(() => {
    written = result.current.create.mutateAsync({ kind: 'other', name: 'A. Person', country: 'FR' });
  });
  await waitFor(() => expect(created).toBe(1));
  await settle();
  act(() => answerFirstRead());
  await act(() => written);
  await settle();
  // The first read counted no contact; the list shows the one just written.
  expect(reads['contact:list']).toBe(2);
  expect(result.current.contacts.data?.total).toBe(1);
});
