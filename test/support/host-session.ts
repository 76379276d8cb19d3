/**
 * Signs in to a running browser-mode host the way the page does: first-run set-up of one officer on a
 * fresh data folder, sign-in afterwards. For specs and tests that are not about sign-in.
 */
export const HOST_OFFICER = 'Test Officer';
export const HOST_PASSPHRASE = 'correct horse battery staple';

async function post(origin: string, key: string, channel: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-legat-key': key },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.data;
}

/** The session token for the host at `url` (which carries `?key=`). */
export async function signInToHost(url: string): Promise<string> {
  const { origin, searchParams } = new URL(url);
  const key = searchParams.get('key') ?? '';
  const status = (await post(origin, key, 'auth:status', {})) as {
    state: string;
    officers: { officerId: number; name: string }[];
  };
  if (status.state === 'setup') {
    const done = (await post(origin, key, 'auth:setup', { name: HOST_OFFICER, passphrase: HOST_PASSPHRASE })) as {
      token: string;
    };
    return done.token;
  }
  const officerId = status.officers[0]?.officerId ?? 1;
  const result = (await post(origin, key, 'auth:signIn', { officerId, passphrase: HOST_PASSPHRASE })) as {
    outcome: string;
    token?: string;
  };
  if (result.outcome !== 'signedIn' || !result.token) throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  return result.token;
}
