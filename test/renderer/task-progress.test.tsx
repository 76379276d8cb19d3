// @vitest-environment jsdom
/** The header shows long main-process work while it runs and hides it once it is done. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { EventPayloads } from '../../shared/events';
import '../../renderer/src/i18n';
import { installLayoutStubs } from './layout-stubs';

type Listener = (payload: EventPayloads['progress:update']) => void;
const listeners: Listener[] = [];

beforeAll(() => {
  installLayoutStubs();
  window.legat = {
    invoke: () => Promise.reject(new Error('not used')),
    on: (event: string, listener: Listener) => {
      if (event === 'progress:update') listeners.push(listener);
      return () => undefined;
    },
  } as unknown as typeof window.legat;
});
afterEach(cleanup);

it('shows a recompute while it runs and hides it when it finishes', async () => {
  const { TaskProgress } = await import('../../renderer/src/app/task-progress');
  render(
    <MantineProvider>
      <TaskProgress />
    </MantineProvider>,
  );
  expect(screen.queryByRole('status')).toBeNull();
  const send = (done: number) =>
    act(() => listeners.forEach((l) => l({ task: 'deadlines.recompute', done, total: 2696 })));
  send(1200);
  expect(screen.getByRole('status').getAttribute('aria-label')).toBe('Recomputing deadlines: 1,200 of 2,696');
  send(2696);
  expect(screen.queryByRole('status')).toBeNull();
});
