/**
 * The desktop window loads the renderer from a custom scheme, legat://app/, not file:// (Electron
 * security checklist item 18): a file:// page may read any local file, a standard secure scheme has
 * an origin of its own, and responses can carry real headers (CSP with a per-launch nonce).
 */
export const APP_SCHEME = 'legat';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Any resource of the app: legat://app/<path>, with no user, password or port smuggled in. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The app's page itself (any #route): the only document allowed to talk to main. */
export function isAppPageUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    isAppUrl(url) &&
    (parsed.pathname === '/index.html' || parsed.pathname === '/') &&
    parsed.search === ''
  );
}
