import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api-context.js';
import { unwrap } from '../client.js';

/**
 * The development mailbox: email the server would have sent, kept when SMTP is not configured.
 *
 * @returns the query; a 404 means SMTP is configured and there is no mailbox
 */
export function useDevMailbox() {
  const api = useApi();
  return useQuery({
    queryKey: ['dev-mailbox'],
    queryFn: async () => (await unwrap(api.GET('/api/dev/mailbox'))).messages,
    // A message waits in the outbox until the mail job sends it: look again until every one is sent.
    refetchInterval: (query) => (query.state.data?.some((message) => message.sentAt === null) === true ? 2000 : false),
  });
}
