import {
  Alert,
  Badge,
  Button,
  createTheme,
  DEFAULT_THEME,
  Drawer,
  Modal,
  MultiSelect,
  Notification,
  Select,
  TagsInput,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { firstReadable, mix } from './contrast';

/** WCAG 1.4.3 (AA) for body-size text. A margin over 4.5 keeps rounding in the browser on the safe side. */
export const TEXT_CONTRAST = 4.6;

/**
 * Text and filled controls are measured against the grey of striped and hovered table rows (gray.1), the
 * darkest surface text sits on; what reads there reads on white too.
 */
const SURFACE = DEFAULT_THEME.colors.gray[1];

/**
 * Mantine's palettes with shades 7 to 9 dark enough for text on white and on striped rows, each a step darker than the one
 * before, so a component that names a shade (`c="red.7"`, an icon in `orange.8`) is readable too.
 */
export function readablePalettes(
  colors: Record<string, MantineColorsTuple> = DEFAULT_THEME.colors,
): Record<string, MantineColorsTuple> {
  const palettes: Record<string, MantineColorsTuple> = {};
  for (const [name, shades] of Object.entries(colors)) {
    const darker = shades.map((shade, index) =>
      index < 7 ? shade : firstReadable([shade], SURFACE, TEXT_CONTRAST + (index - 7) * 0.8),
    );
    palettes[name] = darker as unknown as MantineColorsTuple;
  }
  return palettes;
}

/**
 * The light-scheme colour variables every component reads, each the nearest shade of Mantine's palette
 * that keeps its text readable: white on a filled badge or button, the tinted text of a light badge on its
 * tint, outlines and links on white, and dimmed text on white and on the grey of striped rows. Fixing them
 * here rather than per component means a new badge colour cannot come in below AA.
 */
export function readableColorVariables(colors: Record<string, MantineColorsTuple>): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors)) {
    const darkFromSix = shades.slice(6);
    const filled = firstReadable(darkFromSix, SURFACE, TEXT_CONTRAST);
    const filledIndex = shades.indexOf(filled);
    variables[`--mantine-color-${name}-filled`] = filled;
    variables[`--mantine-color-${name}-filled-hover`] =
      filledIndex >= 0 && filledIndex < 9 ? shades[filledIndex + 1]! : mix(filled, '#000000', 0.1);
    // A light badge or button sits on shade 1 of its colour.
    variables[`--mantine-color-${name}-light-color`] = firstReadable(shades.slice(7), shades[1], TEXT_CONTRAST);
    variables[`--mantine-color-${name}-outline`] = filled;
  }
  const gray = colors.gray ?? DEFAULT_THEME.colors.gray;
  variables['--mantine-color-dimmed'] = firstReadable(gray.slice(6), gray[1], TEXT_CONTRAST);
  return variables;
}

const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light = readableColorVariables(theme.colors);
  return {
    variables: {},
    light: {
      ...light,
      '--mantine-color-anchor': light[`--mantine-color-${theme.primaryColor}-filled`] ?? '',
      '--mantine-color-placeholder': light['--mantine-color-dimmed'] ?? '',
    },
    dark: {},
  };
};

/**
 * The app's theme. It takes the translator because the icon-only buttons Mantine draws itself (close a
 * dialog, a toast or an alert; clear a field) need a name in the officer's language (WCAG 4.1.2).
 */
export function legatTheme(t: TFunction) {
  const close = { 'aria-label': t('common.close') };
  // Distinct from a dialog's own Close button, which several dialogs have at the foot.
  const closeDialog = { 'aria-label': t('a11y.closeDialog') };
  const clear = { 'aria-label': t('a11y.clear') };
  return createTheme({
    primaryColor: 'indigo',
    colors: readablePalettes(),
    defaultRadius: 'sm',
    fontSizes: { md: '0.9rem' },
    // The outline the browser draws for keyboard focus only, on every control (WCAG 2.4.7).
    focusRing: 'auto',
    components: {
      // A badge or a button keeps its whole label: in a row short of room the free text beside it wraps
      // or truncates instead (French and Spanish labels run a third longer than English).
      Badge: Badge.extend({ styles: { root: { flexShrink: 0 } } }),
      Button: Button.extend({ styles: { root: { flexShrink: 0 } } }),
      Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: 'sm' } },
      // A closed dropdown stays out of the page, so a field's label names exactly one element. Typing in a
      // searchable select marks its first match, so Enter chooses it without an arrow key first.
      Select: Select.extend({
        defaultProps: {
          comboboxProps: { keepMounted: false },
          selectFirstOptionOnChange: true,
          clearButtonProps: clear,
        },
      }),
      MultiSelect: MultiSelect.extend({
        defaultProps: { comboboxProps: { keepMounted: false }, clearButtonProps: clear },
      }),
      TagsInput: TagsInput.extend({ defaultProps: { comboboxProps: { keepMounted: false }, clearButtonProps: clear } }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: closeDialog } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: closeDialog } }),
      Alert: Alert.extend({ defaultProps: { closeButtonLabel: t('common.close') } }),
      // Mantine greys a titled toast's text with a fixed shade (3.3:1); the readable dimmed colour instead.
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: close },
        styles: { description: { color: 'var(--mantine-color-dimmed)' } },
      }),
    },
  });
}

export { cssVariablesResolver };
