import { isAppPageUrl } from './app-origin';

/**
 * The window never leaves the app's page: routes are #fragments, which do not navigate. A reload of
 * the page itself is the one navigation allowed; every other target (another site, a local file,
 * javascript:, data:) is refused. Links to the web open in the browser instead (external-links.ts).
 */
export function navigationAllowed(url: string): boolean {
  return isAppPageUrl(url);
}
