import { Skeleton, Stack } from '@mantine/core';

/**
 * Placeholder bars while a list loads, announced to screen readers once.
 *
 * @param props - how many `rows`
 * @returns the skeleton
 */
export function LoadingRows({ rows = 4 }: { readonly rows?: number }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={28} radius="sm" />
      ))}
    </Stack>
  );
}
