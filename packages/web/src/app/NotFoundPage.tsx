import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { usePageElement } from './in-shell.js';

/**
 * The page for an address the app does not have (or a page the user's role may not see).
 *
 * @returns the page
 */
export function NotFoundPage() {
  return (
    <Center component={usePageElement()} mih="60vh" p="xl">
      <Stack align="center" gap="sm" ta="center">
        <Text c="dimmed" fw={700} fz={48} lh={1}>
          404
        </Text>
        <Title order={1} fz={24}>
          Page not found
        </Title>
        <Text c="dimmed" maw={420}>
          There is no page at this address, or it is not one your role can open. Check the link, or go back to your
          start page.
        </Text>
        <Button component={Link} to="/" mt="sm">
          Go to my start page
        </Button>
      </Stack>
    </Center>
  );
}
