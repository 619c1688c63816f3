import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { messageOf } from '../api/api-failure.js';

/**
 * What a section shows when its data could not be loaded: the reason, and a button to try again.
 *
 * @param props - the `error` and an optional `retry`
 * @returns the alert
 */
export function QueryError({ error, retry }: { readonly error: unknown; readonly retry?: () => void }) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title="Could not load this"
      role="alert"
    >
      {messageOf(error)}
      {retry !== undefined && (
        <Button variant="subtle" color="red" size="compact-sm" ml="sm" onClick={retry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
