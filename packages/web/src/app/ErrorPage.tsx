import { Alert, Button, Center, Code, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { ApiFailure, messageOf } from '../api/api-failure.js';
import { usePageElement } from './in-shell.js';

/**
 * The error boundary of every route: a page that failed to render or load says so and offers to try
 * again, instead of a blank screen.
 *
 * @param props - the error and the router's `reset`
 * @returns the page
 */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  return (
    <Center component={usePageElement()} mih="50vh" p="xl">
      <Stack maw={560} gap="md">
        <Title order={1} fz={24}>
          This page could not be shown
        </Title>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {messageOf(error)}
        </Alert>
        {!(error instanceof ApiFailure) && error instanceof Error && error.message !== '' && (
          <Text size="sm" c="dimmed">
            Technical detail for support: <Code>{error.message}</Code>
          </Text>
        )}
        <Button onClick={reset} variant="default" w="fit-content">
          Try again
        </Button>
      </Stack>
    </Center>
  );
}
