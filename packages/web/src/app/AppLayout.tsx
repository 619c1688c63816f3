import { GROUNDUP_VERSION } from '@groundup/core/version';
import { Alert, AppShell, Badge, Burger, Button, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuildingHospital,
  IconClipboardList,
  IconHome,
  IconKey,
  IconListDetails,
  IconLogout,
  IconMail,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { Link, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useSession, useSignOut } from '../api/queries/auth.js';
import type { User } from '../api/types.js';
import { roleLabel } from './access.js';
import { InShellContext } from './in-shell.js';
import { navigationFor, type NavigationItem } from './navigation.js';

const ICONS: Record<NavigationItem['icon'], Icon> = {
  home: IconHome,
  queue: IconClipboardList,
  record: IconUserCircle,
  patients: IconUsersGroup,
  organization: IconBuildingHospital,
  users: IconUsers,
  tokens: IconKey,
  audit: IconListDetails,
  mailbox: IconMail,
};

/**
 * Whether a navigation link is the current page (or a page under it).
 *
 * @param to - the link's path
 * @param pathname - the current path
 * @returns true when the link should be marked current
 */
export function isCurrent(to: string, pathname: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/**
 * The signed-in app: a header with the organization, the user and sign-out; navigation by role
 * (a drawer on narrow screens); the page; a footer.
 *
 * @returns the shell around the current page
 */
export function AppLayout() {
  const session = useSession();
  // The session ended (signed out, or expired): the app is on its way to the sign-in page.
  if (session === null) return null;
  return <Shell user={session.user} notices={session.notices} />;
}

/** The shell for a signed-in user. */
function Shell({ user, notices }: { readonly user: User; readonly notices: readonly string[] }) {
  const [noticesSeen, setNoticesSeen] = useState(false);
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useLocation({ select: (location) => location.pathname });
  const navigate = useNavigate();
  const signOut = useSignOut();
  const items = navigationFor(user);

  const renderItems = (section: NavigationItem['section']) =>
    items
      .filter((item) => item.section === section)
      .map((item) => {
        const ItemIcon = ICONS[item.icon];
        const current = isCurrent(item.to, pathname);
        return (
          <NavLink
            key={item.to}
            label={item.label}
            leftSection={<ItemIcon size={18} stroke={1.6} aria-hidden />}
            active={current}
            aria-current={current ? 'page' : undefined}
            onClick={close}
            renderRoot={(props) => <Link to={item.to} {...props} />}
          />
        );
      });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label="Open navigation" />
            <Text component={Link} to="/" fw={800} fz={20} c="groundup.8" td="none">
              groundup
            </Text>
            <Text c="dimmed" visibleFrom="sm" truncate maw={260}>
              {user.organizationName}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="xs">
              <Text fw={600} size="sm" truncate maw={220}>
                {user.name}
              </Text>
              <Badge variant="light" size="sm">
                {roleLabel(user)}
              </Badge>
            </Stack>
            <Button
              variant="default"
              leftSection={<IconLogout size={16} aria-hidden />}
              loading={signOut.isPending}
              onClick={() =>
                signOut.mutate(undefined, {
                  onSettled: () => void navigate({ to: '/sign-in', search: { notice: 'signed-out' } }),
                })
              }
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>{renderItems('work')}</Stack>
          {items.some((item) => item.section === 'admin') && (
            <>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="lg" mb={4} px="sm">
                Administration
              </Text>
              <Stack gap={2}>{renderItems('admin')}</Stack>
            </>
          )}
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm" pt="sm">
          <Text size="sm" c="dimmed" px="sm">
            {user.organizationName}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main bg="gray.0">
        {notices.length > 0 && !noticesSeen && (
          <Alert
            color="yellow"
            variant="light"
            title="Since your last sign-in"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setNoticesSeen(true)}
            mb="lg"
          >
            {notices.join(' ')}
          </Alert>
        )}
        <InShellContext value={true}>
          <Outlet />
        </InShellContext>
        <Group justify="space-between" wrap="wrap" gap="xs" mt={48} pt="sm" className="app-footnote">
          <Text size="xs" c="dimmed">
            Decision support for clinicians, not a diagnosis.
          </Text>
          <Text size="xs" c="dimmed">
            groundup {GROUNDUP_VERSION}
          </Text>
        </Group>
      </AppShell.Main>
    </AppShell>
  );
}
