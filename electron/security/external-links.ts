/**
 * Which links may be handed to the operating system (shell.openExternal): https only, to a named
 * host, nothing that could start a local program or hide where it goes. Everything else is dropped.
 */
const MAX_LENGTH = 2048;

export function vetExternalUrl(raw: string): string | null {
  if (
    raw.length > MAX_LENGTH ||
    [...raw].some((ch) => ch.trim() === '' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)
  )
    return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  // https://app@evil.example shows "app" but goes to evil.example.
  if (url.username !== '' || url.password !== '') return null;
  if (url.port !== '') return null;
  const host = url.hostname;
  // A bare IP or a single label (localhost, an intranet name) is not a public page an officer follows.
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal'))
    return null;
  // Internationalised names are refused rather than judged: look-alike letters (а for a) pass any eye.
  if (host.split('.').some((label) => label.startsWith('xn--'))) return null;
  return url.toString();
}

export interface WindowOpenDetails {
  url: string;
  disposition: string;
  features: string;
}

/**
 * setWindowOpenHandler: no new window, ever. A link the officer clicked (target=_blank, or a middle
 * or ctrl click: a tab disposition and no window features) opens in the browser when vetted; a
 * script's window.open with features, or anything unvetted, does nothing.
 */
export function windowOpenDecision(details: WindowOpenDetails): { action: 'deny'; openExternally: string | null } {
  const clicked = ['foreground-tab', 'background-tab'].includes(details.disposition) && details.features === '';
  return { action: 'deny', openExternally: clicked ? vetExternalUrl(details.url) : null };
}
