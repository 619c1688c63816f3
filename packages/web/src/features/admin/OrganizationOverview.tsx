import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuildingHospital, IconFlask, IconUsers } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useCurrentUser } from '../../api/queries/auth.js';
import { useOrganization, usePartnerLabs } from '../../api/queries/organization.js';
import { useInvitations, useUsers } from '../../api/queries/users.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { invitationState } from './pending-invitations.js';

/**
 * A count with its noun: "1 admin", "3 admins".
 *
 * @param count - how many
 * @param noun - the singular
 * @returns the phrase
 */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One card of the overview: a title with an icon, its content, and a link to the page that manages it. */
function OverviewCard({
  title,
  icon,
  link,
  children,
}: {
  readonly title: string;
  readonly icon: ReactNode;
  readonly link: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg">
      <Group gap="xs" mb="sm">
        {icon}
        <Title order={2} fz="lg">
          {title}
        </Title>
      </Group>
      <Stack gap="xs" style={{ flex: 1 }}>
        {children}
      </Stack>
      <Group mt="md">{link}</Group>
    </Card>
  );
}

/**
 * A clinic admin's start page: the organization's details, its people and pending invitations, and
 * the labs it orders from, each with a link to the page that manages it.
 *
 * @returns the page
 */
export function OrganizationOverview() {
  const user = useCurrentUser();
  const organization = useOrganization();
  const users = useUsers();
  const invitations = useInvitations();
  const labs = usePartnerLabs(user.organizationKind === 'clinic');
  const now = new Date();

  return (
    <>
      <PageHeader
        title={user.organizationName}
        description="Your clinic at a glance: details, people and partner labs."
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
        <OverviewCard
          title="Details"
          icon={<IconBuildingHospital size={20} aria-hidden />}
          link={
            <Anchor component={Link} to="/admin/organization" size="sm">
              Edit organization settings
            </Anchor>
          }
        >
          {organization.isPending ? (
            <LoadingRows rows={3} />
          ) : organization.isError ? (
            <QueryError error={organization.error} />
          ) : (
            <>
              <Text fw={600}>{organization.data.name}</Text>
              <Text size="sm" c={organization.data.settings.address === undefined ? 'dimmed' : undefined}>
                {organization.data.settings.address ?? 'No address yet'}
              </Text>
              <Text size="sm">{organization.data.settings.phone ?? ''}</Text>
              <Text size="sm">{organization.data.settings.email ?? ''}</Text>
            </>
          )}
        </OverviewCard>
        <OverviewCard
          title="People"
          icon={<IconUsers size={20} aria-hidden />}
          link={
            <Anchor component={Link} to="/admin/users" size="sm">
              Manage users & invitations
            </Anchor>
          }
        >
          {users.isPending || invitations.isPending ? (
            <LoadingRows rows={3} />
          ) : users.isError ? (
            <QueryError error={users.error} />
          ) : invitations.isError ? (
            <QueryError error={invitations.error} />
          ) : (
            <>
              <Text fw={700} fz="xl">
                {counted(users.data.filter((person) => person.active).length, 'active user')}
              </Text>
              <Group gap="xs">
                {(['admin', 'clinician', 'patient'] as const).map((role) => (
                  <Badge key={role} variant="light" color="gray">
                    {counted(users.data.filter((person) => person.active && person.role === role).length, role)}
                  </Badge>
                ))}
              </Group>
              <Text size="sm">
                {counted(
                  invitations.data.filter((invitation) => invitationState(invitation, now) === 'pending').length,
                  'pending invitation',
                )}
              </Text>
            </>
          )}
        </OverviewCard>
        <OverviewCard
          title="Partner labs"
          icon={<IconFlask size={20} aria-hidden />}
          link={
            <Anchor component={Link} to="/admin/organization" hash="partner-labs" size="sm">
              Choose partner labs
            </Anchor>
          }
        >
          {labs.isPending ? (
            <LoadingRows rows={2} />
          ) : labs.isError ? (
            <QueryError error={labs.error} />
          ) : labs.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              No partner lab yet: add the labs your clinic orders orthotics from.
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {labs.data.map((lab) => (
                <List.Item key={lab.id}>{lab.name}</List.Item>
              ))}
            </List>
          )}
        </OverviewCard>
      </SimpleGrid>
    </>
  );
}
