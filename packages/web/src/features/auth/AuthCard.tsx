import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The frame of the pages before sign-in: the product name, a card with the page's title and form.
 *
 * @param props - `title`, an optional `subtitle`, and the card's content
 * @returns the page's main landmark
 */
export function AuthCard({
  title,
  subtitle,
  children,
}: {
  readonly title: string;
  readonly subtitle?: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <Box component="main" mih="100vh" bg="gray.0" py={48} px="md">
      <Center>
        <Stack w="100%" maw={440} gap="lg">
          <Stack gap={2} align="center">
            <Text fw={800} fz={32} c="groundup.8" lh={1.1}>
              groundup
            </Text>
            <Text c="dimmed" size="sm">
              Custom foot orthotics, from intake to follow-up
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="lg">
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={1} fz={22}>
                  {title}
                </Title>
                {subtitle !== undefined && <Text c="dimmed">{subtitle}</Text>}
              </Stack>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
