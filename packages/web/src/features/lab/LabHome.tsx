import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useCurrentUser } from '../../api/queries/auth.js';
import { isAdmin } from '../../app/access.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';

/**
 * A lab's start page: the order queue. Orders come with a later issue; until then the queue is an
 * honest empty state that says how orders will arrive. A lab admin also gets the admin shortcuts.
 *
 * @returns the page
 */
export function LabHome() {
  const user = useCurrentUser();
  return (
    <>
      <PageHeader
        title="Order queue"
        description={`${user.organizationName}: custom orthotic orders to review and make.`}
      />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="lg">
              Waiting for review
            </Title>
            <Text size="sm" c="dimmed">
              0 orders
            </Text>
          </Group>
          <EmptyState icon={<IconClipboardList size={26} />} title="No orders yet">
            Orders arrive here when a clinic submits one: the prescription, the foot scans and the insole design, frozen
            together. You will claim an order, review it, and send it to production from this queue.
          </EmptyState>
        </Card>
        {isAdmin(user) && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Card withBorder padding="lg">
              <Text fw={600}>People</Text>
              <Text size="sm" c="dimmed" mb="xs">
                Invite technicians and manage who can sign in.
              </Text>
              <Anchor component={Link} to="/admin/users" size="sm">
                Users & invitations
              </Anchor>
            </Card>
            <Card withBorder padding="lg">
              <Text fw={600}>Lab systems</Text>
              <Text size="sm" c="dimmed" mb="xs">
                API tokens for scripts and production software.
              </Text>
              <Anchor component={Link} to="/admin/tokens" size="sm">
                API tokens
              </Anchor>
            </Card>
            <Card withBorder padding="lg">
              <Text fw={600}>Organization</Text>
              <Text size="sm" c="dimmed" mb="xs">
                The lab's name, address and contact details.
              </Text>
              <Anchor component={Link} to="/admin/organization" size="sm">
                Organization settings
              </Anchor>
            </Card>
          </SimpleGrid>
        )}
      </Stack>
    </>
  );
}
