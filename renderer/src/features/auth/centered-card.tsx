import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseBeforeSignIn } from '../../i18n/language';
import { LanguageSelect } from '../language/language-select';

/**
 * The frame of the sign-in, set-up and recovery screens: the app's name, the language picker and one
 * card, nothing else.
 */
export function CenteredCard(props: { title: string; intro?: ReactNode; width?: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0" pos="relative">
      <LanguageSelect onChoose={chooseBeforeSignIn} size="xs" w={150} pos="absolute" top={16} right={16} />
      <Center mih="100vh" p="md">
        <Paper withBorder shadow="sm" p="xl" w={props.width ?? 460} maw="100%" component="main">
          <Stack gap="md">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size={40} radius="md" color="indigo" variant="filled">
                <IconLock size={22} stroke={1.7} />
              </ThemeIcon>
              <div>
                <Text size="sm" c="dimmed">
                  {t('auth.appName')}
                </Text>
                <Title order={1} size="h3">
                  {props.title}
                </Title>
              </div>
            </Group>
            {props.intro && (
              <Text size="sm" c="dimmed">
                {props.intro}
              </Text>
            )}
            {props.children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
