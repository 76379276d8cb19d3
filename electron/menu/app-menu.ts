import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from './menu-labels';

/**
 * The screens in the order of the page's sidebar, with the same Alt shortcuts (renderer/src/app/shell.tsx):
 * Alt+1…9 by position, the last three by Alt+A, Alt+O and Alt+0.
 */
export const SCREENS: readonly { path: string; label: string; accelerator: string }[] = [
  { path: '/', label: 'common.nav.dashboard', accelerator: 'Alt+1' },
  { path: '/reminders', label: 'reminders.nav', accelerator: 'Alt+2' },
  { path: '/cases', label: 'common.nav.cases', accelerator: 'Alt+3' },
  { path: '/requests', label: 'common.nav.requests', accelerator: 'Alt+4' },
  { path: '/advisor', label: 'advisor.nav', accelerator: 'Alt+5' },
  { path: '/contacts', label: 'common.nav.contacts', accelerator: 'Alt+6' },
  { path: '/organisations', label: 'directory.nav', accelerator: 'Alt+7' },
  { path: '/knowledge', label: 'knowledge.nav', accelerator: 'Alt+8' },
  { path: '/bundles', label: 'bundles.nav', accelerator: 'Alt+9' },
  { path: '/audit', label: 'audit.nav', accelerator: 'Alt+A' },
  { path: '/office', label: 'common.nav.office', accelerator: 'Alt+O' },
  { path: '/settings', label: 'settings.nav', accelerator: 'Alt+0' },
];

/**
 * The application menu: the standard File/Edit/View/Window roles (their items are translated by the
 * OS/Electron), a Go menu listing every screen with its shortcut, and Help › About. No links to
 * electronjs.org, which the default menu has: an offline office app has no use for them.
 */
export function appMenuTemplate(options: {
  t: Translate;
  platform: NodeJS.Platform;
  navigate: (path: string) => void;
  about: () => void;
}): MenuItemConstructorOptions[] {
  const { t } = options;
  const about: MenuItemConstructorOptions = { label: t('menu.about'), click: options.about };
  const appMenu: MenuItemConstructorOptions = {
    label: t('common.appName'),
    submenu: [about, { type: 'separator' }, { role: 'quit' }],
  };
  return [
    ...(options.platform === 'darwin' ? [appMenu] : []),
    { label: t('menu.file'), submenu: [{ role: options.platform === 'darwin' ? 'close' : 'quit' }] },
    { label: t('menu.edit'), role: 'editMenu' },
    { label: t('menu.view'), role: 'viewMenu' },
    {
      label: t('menu.go'),
      submenu: SCREENS.map((screen) => ({
        label: t(screen.label),
        accelerator: screen.accelerator,
        click: () => options.navigate(screen.path),
      })),
    },
    { label: t('menu.window'), role: 'windowMenu' },
    ...(options.platform === 'darwin' ? [] : [{ label: t('menu.help'), submenu: [about] }]),
  ];
}
