import { useHotkeys, type HotkeyItem } from '@mantine/hooks';

const IN_FIELDS_TOO: string[] = [];

/**
 * Alt shortcuts that also fire while focus is in a field: Alt+letter types nothing in a field on Windows
 * and Linux, so an officer halfway through a form can jump or open a form without leaving the field first.
 */
export function useShortcuts(items: HotkeyItem[]): void {
  useHotkeys(items, IN_FIELDS_TOO);
}

/** "Alt+N" from "alt+n": how a shortcut is shown in a tooltip and in aria-keyshortcuts. */
export function shortcutLabel(hotkey: string): string {
  return hotkey
    .split('+')
    .map((part) => (part.length === 1 ? part.toUpperCase() : part[0]!.toUpperCase() + part.slice(1)))
    .join('+');
}

/** New request, on a case and on the request list; the contact list's New contact uses the same key. */
export const NEW_REQUEST_SHORTCUT = 'alt+n';
