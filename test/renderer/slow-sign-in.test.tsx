// @vitest-environment jsdom
/** A sign-in that converts a large archive waits for minutes: the screen says why, then carries on. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import '../../renderer/src/i18n';
import { installLayoutStubs } from './layout-stubs';

let answer: (value: unknown) => void = () => undefined;

beforeAll(() => {
  installLayoutStubs();
  window.legat = {
    invoke: (channel: string) =>
      channel === 'auth:signIn'
        ? new Promise((resolve) => (answer = (data) => resolve({ ok: true, data })))
        : Promise.reject(new Error(`not used: ${channel}`)),
    on: () => () => undefined,
  } as unknown as typeof window.legat;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('says the first sign-in may convert the database when it takes more than a few seconds', async () => {
  const { LockScreen } = await import('../../renderer/src/features/auth/lock-screen');
  const signedIn = vi.fn();
  render(
    <MantineProvider>
      <LockScreen
        status={{ state: 'locked', officers: [{ officerId: 1, name: 'Anne Officer' }], lockedUntil: null } as never}
        onSignedIn={signedIn}
      />
    </MantineProvider>,
  );
  vi.useFakeTimers();
  fireEvent.change(screen.getByLabelText(/passphrase/i), { target: { value: 'anne keeps a long passphrase' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  await act(() => vi.advanceTimersByTimeAsync(1000));
  expect(screen.queryByText(/convert the database/)).toBeNull();
  await act(() => vi.advanceTimersByTimeAsync(4000));
  expect(screen.getByRole('status').textContent).toMatch(/convert the database to a new format, once/);
  await act(() => Promise.resolve(answer({ outcome: 'signedIn', token: 't' })));
  expect(signedIn).toHaveBeenCalled();
  expect(screen.queryByText(/convert the database/)).toBeNull();
});
