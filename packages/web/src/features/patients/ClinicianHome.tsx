import { Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useCurrentUser } from '../../api/queries/auth.js';
import { usePatients } from '../../api/queries/patients.js';
import { EmptyState } from '../../components/EmptyState.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { AddPatientModal } from './AddPatientModal.js';
import { PatientTable } from './PatientTable.js';

/**
 * A clinician's start page: find a patient, add one, and the patients worked on most recently.
 *
 * @returns the page
 */
export function ClinicianHome() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [adding, { open, close }] = useDisclosure(false);
  const recent = usePatients({ sort: 'recent', limit: 8 });

  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name}`}
        description={`${user.organizationName}: pick up where you left off, or start with a new patient.`}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={open}>
            Add patient
          </Button>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <form
            role="search"
            aria-label="Find a patient"
            onSubmit={(event) => {
              event.preventDefault();
              const q = search.trim();
              void navigate({ to: '/patients', search: q === '' ? {} : { q } });
            }}
          >
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label="Find a patient"
                placeholder="Given or family name"
                leftSection={<IconSearch size={16} aria-hidden />}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                style={{ flex: 1, minWidth: 220 }}
              />
              <Button type="submit" variant="default">
                Search
              </Button>
            </Group>
          </form>
        </Card>
        <Card withBorder padding="lg">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="lg">
              Recent patients
            </Title>
            <Anchor component={Link} to="/patients" size="sm">
              All patients
            </Anchor>
          </Group>
          {recent.isPending ? (
            <LoadingRows />
          ) : recent.isError ? (
            <QueryError error={recent.error} retry={() => void recent.refetch()} />
          ) : recent.data.length === 0 ? (
            <EmptyState icon={<IconUsersGroup size={26} />} title="No patients yet">
              Patients you add or update appear here, most recent first.
            </EmptyState>
          ) : (
            <>
              <Text size="sm" c="dimmed" mb="xs">
                Most recently added or updated first.
              </Text>
              <PatientTable patients={recent.data} label="Recent patients" />
            </>
          )}
        </Card>
      </Stack>
      <AddPatientModal opened={adding} onClose={close} />
    </>
  );
}
