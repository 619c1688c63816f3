import { Card, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconClipboardHeart, IconShoe, IconStethoscope } from '@tabler/icons-react';
import { useCurrentUser } from '../../api/queries/auth.js';
import { useMyPatientRecord } from '../../api/queries/patients.js';
import { formatDate, sexLabel } from '../../components/format.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';

const NEXT_STEPS = [
  {
    icon: IconStethoscope,
    title: 'Assessment',
    text: 'Your clinician scans your feet, and may measure pressure and walking, then assesses how your feet load your ankles, knees, hips and back.',
  },
  {
    icon: IconClipboardHeart,
    title: 'Prescription',
    text: 'If orthotics will help, your clinician prescribes them and explains why, with the evidence behind each choice.',
  },
  {
    icon: IconShoe,
    title: 'Your orthotics',
    text: 'A lab makes the insoles from your scan. You will be able to follow the order and report how your pain changes here.',
  },
] as const;

/**
 * A patient's start page: their own record as the clinic holds it, and what happens next.
 *
 * @returns the page
 */
export function PatientHome() {
  const user = useCurrentUser();
  const record = useMyPatientRecord();

  return (
    <>
      <PageHeader title={`Hello, ${user.name}`} description={`Your record at ${user.organizationName}.`} />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Title order={2} fz="lg" mb="md">
            Your details
          </Title>
          {record.isPending ? (
            <LoadingRows rows={2} />
          ) : record.isError ? (
            <QueryError error={record.error} retry={() => void record.refetch()} />
          ) : (
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                  Name
                </Text>
                <Text>
                  {record.data.givenName} {record.data.familyName}
                </Text>
              </Stack>
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                  Clinic
                </Text>
                <Text>{user.organizationName}</Text>
              </Stack>
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                  Birth date
                </Text>
                <Text>{formatDate(record.data.birthDate)}</Text>
              </Stack>
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                  Sex
                </Text>
                <Text>{sexLabel(record.data.sex)}</Text>
              </Stack>
            </SimpleGrid>
          )}
          <Text size="sm" c="dimmed" mt="md">
            Something wrong? Tell your clinic; they keep your record up to date.
          </Text>
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} fz="lg" mb="md">
            What comes next
          </Title>
          <List spacing="md">
            {NEXT_STEPS.map((step) => (
              <List.Item
                key={step.title}
                icon={
                  <ThemeIcon variant="light" radius="xl" size={32} aria-hidden>
                    <step.icon size={18} />
                  </ThemeIcon>
                }
              >
                <Text fw={600}>{step.title}</Text>
                <Text size="sm" c="dimmed">
                  {step.text}
                </Text>
              </List.Item>
            ))}
          </List>
        </Card>
      </Stack>
    </>
  );
}
