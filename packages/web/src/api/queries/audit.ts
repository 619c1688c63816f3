import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '../api-context.js';
import { unwrap } from '../client.js';

/** Which audit entries to list: a page of `limit` entries before `before`, optionally filtered. */
export interface AuditFilter {
  readonly limit: number;
  readonly before?: string | undefined;
  readonly action?: string | undefined;
  readonly resourceType?: string | undefined;
}

/**
 * One page of the organization's audit log, newest first.
 *
 * @param filter - page size, cursor and filters
 * @returns the query; `nextBefore` is the cursor of the next (older) page, null at the end
 */
export function useAuditEvents(filter: AuditFilter) {
  const api = useApi();
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () =>
      unwrap(
        api.GET('/api/audit', {
          params: {
            query: {
              limit: filter.limit,
              ...(filter.before === undefined ? {} : { before: filter.before }),
              ...(filter.action === undefined || filter.action === '' ? {} : { action: filter.action }),
              ...(filter.resourceType === undefined || filter.resourceType === ''
                ? {}
                : { resourceType: filter.resourceType }),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
