// @vitest-environment jsdom
/**
 * The request list at archive scale: 200,000 rows keep the page under 800 DOM nodes, scrolling brings
 * later rows into view, the keyboard moves between rows and opens one, and the list page loads the next
 * page from the core as the user scrolls to the end.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RequestListItem } from '../../shared/contract/requests';
import type { Office } from '../../shared/contract/office';
import type { ChannelInput, Envelope } from '../../shared/ipc-contract';
import { ROW_HEIGHT } from '../../renderer/src/components/virtual-table';
import '../../renderer/src/i18n';
import { OfficeContext } from '../../renderer/src/lib/office-context';
import { RequestTable } from '../../renderer/src/features/requests/request-table';
import { installLayoutStubs, scrollTo, VIEW_HEIGHT } from './layout-stubs';

const ROWS = 200_000;
const MAX_NODES = 800;

const OFFICE: Office = {
  name: 'Test office',
  homeCountry: 'FR',
  hostCountry: 'US',
  timeZone: 'America/New_York',
  referencePrefix: 'LGT',
  isSample: false,
  currentOfficerId: 1,
  officers: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** The fake archive: request n is titled "Request n", so a row on screen says which one it is. */
function requestAt(n: number): RequestListItem {
  return {
    id: n + 1,
    caseId: 1 + (n % 20_000),
    caseReference: `LGT-2026-${String(1 + (n % 20_000)).padStart(5, '0')}`,
    caseTitle: `Case ${n % 20_000}`,
    channel: n % 2 === 0 ? 'provider' : 'mla',
    direction: n % 7 === 0 ? 'incoming' : 'outgoing',
    kind: n % 2 === 0 ? 'preservation' : null,
    title: `Request ${n}`,
    counterpartCountry: 'US',
    counterpartAuthority: '',
    provider: n % 2 === 0 ? 'Example Mail' : '',
    urgency: 'routine',
    status: n % 2 === 0 ? 'submitted' : 'transmitted',
    finished: false,
    ourReference: '',
    theirReference: '',
    sentOn: '2026-10-01',
    dueOn: n % 3 === 0 ? null : '2026-12-15',
    preservationUntil: null,
    updatedAt: '2026-11-01T12:00:00.000Z',
    nextDueDate: n % 3 === 0 ? null : '2026-12-15',
    nextDueTitle: n % 3 === 0 ? null : 'Expected response',
    overdue: false,
  };
}

function OpenedRequest() {
  const { id } = useParams();
  return <p>Opened request {id}</p>;
}

function Harness({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <MantineProvider>
      <QueryClientProvider client={client}>
        <OfficeContext.Provider value={OFFICE}>
          <MemoryRouter initialEntries={['/requests']}>
            <Routes>
              <Route path="/requests" element={children} />
              <Route path="/requests/:id" element={<OpenedRequest />} />
            </Routes>
          </MemoryRouter>
        </OfficeContext.Provider>
      </QueryClientProvider>
    </MantineProvider>
  );
}

const nodeCount = () => document.body.querySelectorAll('*').length;
const scroller = () => screen.getByRole('table', { name: 'Requests' }).parentElement!;

beforeAll(installLayoutStubs);
afterEach(cleanup);

describe('virtualized request table', () => {
  const items = Array.from({ length: ROWS }, (_, n) => requestAt(n));

  it('renders 200,000 requests in fewer than 800 DOM nodes, and scrolling shows later rows', async () => {
    render(
      <Harness>
        <RequestTable items={items} variant="list" maxHeight={VIEW_HEIGHT} rowCount={ROWS} />
      </Harness>,
    );
    expect(screen.getByText('Request 0')).toBeTruthy();
    expect(nodeCount()).toBeLessThan(MAX_NODES);
    expect(screen.getByRole('table', { name: 'Requests' }).getAttribute('aria-rowcount')).toBe(String(ROWS + 1));

    const target = 150_000;
    act(() => scrollTo(scroller(), target * ROW_HEIGHT));
    await screen.findByText(`Request ${target + 1}`);
    expect(screen.queryByText('Request 0')).toBeNull();
    expect(nodeCount()).toBeLessThan(MAX_NODES);

    act(() => scrollTo(scroller(), (ROWS - 1) * ROW_HEIGHT));
    await screen.findByText(`Request ${ROWS - 1}`);
    expect(nodeCount()).toBeLessThan(MAX_NODES);
  });

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    render(
      <Harness>
        <RequestTable items={items} variant="list" maxHeight={VIEW_HEIGHT} />
      </Harness>,
    );
    const first = screen.getByText('Request 0').closest('tr')!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Request 2'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await screen.findByText(`Request ${ROWS - 1}`);
    await waitFor(() => expect(document.activeElement?.textContent).toContain(`Request ${ROWS - 1}`));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await screen.findByText(`Opened request ${ROWS}`);
  });
});

describe('request list page', () => {
  it('loads the next page from the core as the user scrolls to the end', async () => {
    const asked: (string | null)[] = [];
    // The fake core: keyset pages over the 200,000 requests, the cursor being the next row's index.
    window.legat = {
      invoke: (channel: string, input: unknown) => {
        if (channel !== 'request:list') return Promise.resolve({ ok: true, data: {} } as Envelope<unknown>);
        const { cursor, limit = 50 } = input as ChannelInput<'request:list'>;
        asked.push(cursor ?? null);
        const from = cursor ? Number(cursor) : 0;
        const to = Math.min(ROWS, from + limit);
        const items = Array.from({ length: to - from }, (_, i) => requestAt(from + i));
        return Promise.resolve({
          ok: true,
          data: {
            items,
            nextCursor: to < ROWS ? String(to) : null,
            total: cursor ? null : { count: 1000, atLeast: true },
          },
        } as Envelope<unknown>);
      },
      on: () => () => undefined,
    };
    const { RequestListPage } = await import('../../renderer/src/features/requests/request-list-page');
    render(
      <Harness>
        <RequestListPage />
      </Harness>,
    );
    await screen.findByText('Request 0');
    expect(screen.getByRole('status').textContent).toBe('More than 1,000 requests');
    expect(asked).toEqual([null]);

    for (let page = 1; page <= 3; page += 1) {
      const loaded = page * 100;
      act(() => scrollTo(scroller(), (loaded - 10) * ROW_HEIGHT));
      await waitFor(() => expect(asked).toHaveLength(page + 1));
      await screen.findByText(`Request ${loaded + 5}`);
    }
    expect(asked).toEqual([null, '100', '200', '300']);
    // The page around the list (title, filter bar) is a fixed cost; the list itself stays small.
    expect(scroller().querySelectorAll('*').length).toBeLessThan(MAX_NODES);
  });
});
