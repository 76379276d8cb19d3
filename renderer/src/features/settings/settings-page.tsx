import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BackupsCard } from '../backups/backups-card';
import { OfficeKeyCard } from '../bundles/office-key-card';
import { VerifyMonthsCard } from '../directory/verify-months-card';
import { SecuritySettingsCard } from '../auth/security-settings-card';
import { AttachmentLimitCard } from './attachment-limit-card';
import { DesktopNotificationsCard } from './desktop-notifications-card';
import { QuietHoursCard } from './quiet-hours-card';
import { RulesTable } from './rules-table';
import { PublisherKeysCard } from '../knowledge/publisher-keys-card';
import { TemplateCard } from '../drafting/template-card';
import { LanguageCard } from '../language/language-card';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <LanguageCard />
      <SecuritySettingsCard />
      <DesktopNotificationsCard />
      <QuietHoursCard />
      <AttachmentLimitCard />
      <VerifyMonthsCard />
      <OfficeKeyCard />
      <PublisherKeysCard />
      <BackupsCard />
      <RulesTable />
      <TemplateCard />
    </Stack>
  );
}
