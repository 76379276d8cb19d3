// @vitest-environment jsdom
/** A screen that throws while drawing is reported in the officer's words, with a way back. */
import { cleanup, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import '../../renderer/src/i18n';
import { ScreenError } from '../../renderer/src/app/screen-error';
import { installLayoutStubs } from './layout-stubs';

beforeAll(() => installLayoutStubs());
afterEach(() => cleanup());

function Broken(): never {
  throw new Error('case 42 has no title');
}

it('shows what failed and offers a reload and the dashboard instead of the router page for developers', async () => {
  // React logs the error it caught; the test is about what the officer sees.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const router = createMemoryRouter(
    [{ errorElement: <ScreenError />, children: [{ path: '/broken', element: <Broken /> }] }],
    { initialEntries: ['/broken'] },
  );
  render(
    <MantineProvider>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  expect(await screen.findByRole('heading', { name: 'This screen could not be shown', level: 1 })).toBeTruthy();
  expect(screen.getByText('case 42 has no title')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Go to the dashboard' }).getAttribute('href')).toBe('/');
  expect(screen.queryByText(/Unexpected Application Error/)).toBeNull();
});
