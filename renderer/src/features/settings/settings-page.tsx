import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OfficeKeyCard } from '../bundles/office-key-card';
import { SecuritySettingsCard } from '../auth/security-settings-card';
import { AttachmentLimitCard } from './attachment-limit-card';
import { DesktopNotificationsCard } from './desktop-notifications-card';
import { QuietHoursCard } from './quiet-hours-card';
import { RulesTable } from './rules-table';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2}>{t('settings.title')}</Title>
      <SecuritySettingsCard />
      <DesktopNotificationsCard />
      <QuietHoursCard />
      <AttachmentLimitCard />
      <OfficeKeyCard />
      <RulesTable />
    </Stack>
  );
}
