import { Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * An honest empty list: what would be here, why it is empty, and what to do next.
 *
 * @param props - `icon`, `title`, `children` (the explanation) and an optional `action`
 * @returns the empty state
 */
export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  readonly icon: ReactNode;
  readonly title: string;
  readonly children: ReactNode;
  readonly action?: ReactNode;
}) {
  return (
    <Stack align="center" gap="xs" py="xl" px="md" ta="center">
      <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
        {icon}
      </ThemeIcon>
      <Text fw={600} size="lg">
        {title}
      </Text>
      <Text c="dimmed" maw={480}>
        {children}
      </Text>
      {action}
    </Stack>
  );
}
