import { isAppUrl } from './app-origin';

/**
 * Permissions the page may have: copying text to the clipboard from the app's own page. Camera,
 * microphone, geolocation, notifications (main raises those), MIDI, HID, USB, serial and the rest
 * are refused, for the app's page and anything else.
 */
const ALLOWED = new Set(['clipboard-sanitized-write']);

export function permissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED.has(permission) && isAppUrl(requestingUrl);
}
