import { Box, Container, Grid, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingBank, IconClockHour4, IconRoute, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OfficeProfileForm } from '../office/office-profile-form';
import { blankProfile, emptyOfficer } from '../office/office-profile-values';
import { useAuth } from '../auth/auth-context';
import { SampleDataCard } from './sample-data-card';
import { OfficerLanguageSelect } from '../language/officer-language-select';

const POINTS = [
  { key: 'channels', icon: IconRoute },
  { key: 'deadlines', icon: IconClockHour4 },
  { key: 'offline', icon: IconShieldLock },
] as const;

/** First run: shown instead of the router until an office exists, so no office context here. */
/** The officer who set up sign-in is the first officer of the profile (same record, renamed if edited). */
function profileWithSignedIn(signedIn: { officerId: number; name: string } | null) {
  const profile = blankProfile();
  if (!signedIn) return profile;
  return { ...profile, officers: [{ ...emptyOfficer(), id: signedIn.officerId, name: signedIn.name }] };
}

export function WelcomePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Box mih="100vh" bg="gray.0" py="lg">
      <Container size={1120}>
        <Stack gap="md">
          <Group gap="md" wrap="nowrap" align="center">
            <ThemeIcon size={52} radius="md" color="indigo" variant="filled">
              <IconBuildingBank size={30} stroke={1.6} />
            </ThemeIcon>
            <div style={{ flex: 1 }}>
              <Title order={1} c="indigo.8">
                {t('welcome.title')}
              </Title>
              <Text c="dimmed">{t('welcome.tagline')}</Text>
            </div>
            <OfficerLanguageSelect size="xs" w={130} />
          </Group>
          <Text maw={820}>{t('welcome.intro')}</Text>
          <List spacing={6} size="sm" center>
            {POINTS.map(({ key, icon: Icon }) => (
              <List.Item
                key={key}
                icon={
                  <ThemeIcon size={22} radius="xl" variant="light" color="indigo">
                    <Icon size={14} />
                  </ThemeIcon>
                }
              >
                {t(`welcome.points.${key}`)}
              </List.Item>
            ))}
          </List>
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Paper withBorder shadow="xs" p="lg" component="section" aria-labelledby="welcome-create">
                <Stack gap="xs">
                  <Title order={2} size="h3" id="welcome-create">
                    {t('welcome.create.heading')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('welcome.create.intro')}
                  </Text>
                  <OfficeProfileForm
                    channel="office:setup"
                    initialValues={profileWithSignedIn(auth.signedIn)}
                    submitLabel={t('welcome.create.submit')}
                  />
                </Stack>
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <SampleDataCard />
            </Grid.Col>
          </Grid>
        </Stack>
      </Container>
    </Box>
  );
}
