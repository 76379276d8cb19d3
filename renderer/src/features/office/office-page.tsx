import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { OfficerSignInCard } from '../auth/officer-sign-in-card';
import { AboutInstallation } from './about-installation';
import { OfficeProfileForm } from './office-profile-form';
import { profileFromOffice } from './office-profile-values';

export function OfficePage() {
  const { t } = useTranslation();
  const office = useOffice();
  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('office.page.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('office.page.updated', {
              when: formatInstant(office.updatedAt, office.timeZone),
              zone: office.timeZone,
            })}
          </Text>
        </div>
      </Group>
      <Paper withBorder p="md">
        <OfficeProfileForm
          // An officer added for sign-in (below) joins the profile's list: the form starts again from it.
          key={office.officers.length}
          channel="office:update"
          initialValues={profileFromOffice(office)}
          submitLabel={t('office.page.save')}
        />
      </Paper>
      <OfficerSignInCard />
      <AboutInstallation />
    </Stack>
  );
}
