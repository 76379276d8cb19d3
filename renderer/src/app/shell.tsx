import { AppShell, Badge, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure, type HotkeyItem } from '@mantine/hooks';
import {
  IconAddressBook,
  IconBell,
  IconBriefcase,
  IconBuildingBank,
  IconBooks,
  IconRoute,
  IconBuildingCommunity,
  IconChartBar,
  IconTableImport,
  IconLayoutDashboard,
  IconListCheck,
  IconPackages,
  IconSend,
  IconSettings,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useOffice } from '../lib/office-context';
import { shortcutLabel, useShortcuts } from '../lib/use-shortcuts';
import { SkipLink, MAIN_CONTENT_ID } from './skip-link';
import { SignedInMenu } from '../features/auth/signed-in-menu';
import { NotificationListener } from '../features/reminders/notification-listener';
import { SearchButton } from '../features/search/search-button';
import { SearchPalette } from '../features/search/search-palette';
import { TaskProgress } from './task-progress';
import { DamagedDatabaseBanner } from '../features/backups/damaged-banner';
import { ReadOnlyMediaBanner } from '../features/backups/read-only-banner';

// Alt+1…9 follow the order on screen, so the number matches the item's position; the last ones, used
// least, take Alt+0 and the first letter of their name.
const NAV = [
  { to: '/', label: 'common.nav.dashboard', icon: IconLayoutDashboard },
  { to: '/reminders', label: 'reminders.nav', icon: IconBell },
  { to: '/cases', label: 'common.nav.cases', icon: IconBriefcase },
  { to: '/requests', label: 'common.nav.requests', icon: IconSend },
  { to: '/advisor', label: 'advisor.nav', icon: IconRoute },
  { to: '/contacts', label: 'common.nav.contacts', icon: IconAddressBook },
  { to: '/organisations', label: 'directory.nav', icon: IconBuildingCommunity },
  { to: '/knowledge', label: 'knowledge.nav', icon: IconBooks },
  { to: '/bundles', label: 'bundles.nav', icon: IconPackages },
  { to: '/statistics', label: 'statistics.nav', icon: IconChartBar, hotkey: 'alt+S' },
  { to: '/import', label: 'import.nav', icon: IconTableImport, hotkey: 'alt+I' },
  { to: '/audit', label: 'audit.nav', icon: IconListCheck, hotkey: 'alt+A' },
  { to: '/office', label: 'common.nav.office', icon: IconBuildingBank, hotkey: 'alt+O' },
  { to: '/settings', label: 'settings.nav', icon: IconSettings, hotkey: 'alt+0' },
].map((item, index) => ({ ...item, hotkey: item.hotkey ?? `alt+${index + 1}` }));

export function Shell() {
  const { t } = useTranslation();
  const office = useOffice();
  const location = useLocation();
  const navigate = useNavigate();
  const [searching, search] = useDisclosure(false);
  // Ctrl/Cmd+K opens the palette from anywhere, a form field included; so do the Alt jumps.
  useShortcuts([...NAV.map((item): HotkeyItem => [item.hotkey, () => void navigate(item.to)]), ['mod+K', search.open]]);

  const isActive = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to));

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 210, breakpoint: 'xs' }} padding="md">
      <AppShell.Header>
        <SkipLink />
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {/* The app's name is not a heading: each screen's own title is its one h1. */}
            <Text fw={700} fz="h3" c="indigo.8">
              {t('common.appName')}
            </Text>
            <Text c="dimmed" size="sm" truncate>
              {office.name}
            </Text>
            {office.isSample && (
              <Badge color="orange" variant="filled" title={t('common.sampleDataHint')}>
                {t('common.sampleData')}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <TaskProgress />
            <SearchButton onClick={search.open} />
            <SignedInMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('common.navigation')}>
        {NAV.map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            label={t(item.label)}
            leftSection={<item.icon size={18} stroke={1.6} />}
            active={isActive(item.to)}
            title={`${t(item.label)} (${shortcutLabel(item.hotkey)})`}
            aria-keyshortcuts={shortcutLabel(item.hotkey)}
          />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs">
          {t('common.offlineNote', { zone: office.timeZone })}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <NotificationListener />
        <SearchPalette opened={searching} onClose={search.close} />
        <DamagedDatabaseBanner />
        <ReadOnlyMediaBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
