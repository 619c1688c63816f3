import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Navigate, useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ApiFailure, messageOf } from '../../api/api-failure.js';
import { useApi } from '../../api/api-context.js';
import { sessionQuery, useSignIn } from '../../api/queries/auth.js';
import { AuthCard } from './AuthCard.js';

const route = getRouteApi('/sign-in');

const signInSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address.'),
  password: z.string().min(1, 'Enter your password.'),
});

const NOTICES = {
  expired: 'Your session has expired; sign in again.',
  'signed-out': 'You have signed out.',
} as const;

/**
 * A sentence for a failed sign-in: wrong credentials, too many attempts (with the wait), or another reason.
 *
 * @param error - what the sign-in threw
 * @returns the message shown above the form
 */
export function signInFailureMessage(error: unknown): string {
  if (error instanceof ApiFailure && error.status === 401) return 'The email or password is wrong.';
  if (error instanceof ApiFailure && error.status === 429) {
    const minutes = error.retryAfterSeconds === null ? null : Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return minutes === null
      ? 'Too many sign-in attempts; wait a while and try again.'
      : `Too many sign-in attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  }
  return messageOf(error);
}

/**
 * The sign-in page: email and password; says why it is shown (session expired, signed out).
 *
 * @returns the page
 */
export function SignInPage() {
  const { notice, redirect } = route.useSearch();
  const navigate = useNavigate();
  const session = useQuery(sessionQuery(useApi()));
  const signIn = useSignIn();
  const form = useForm({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });

  if (session.data != null && !signIn.isPending) return <Navigate to={redirect ?? '/'} replace />;

  const submit = form.handleSubmit((values) =>
    signIn.mutate(values, { onSuccess: () => void navigate({ to: redirect ?? '/', replace: true }) }),
  );

  return (
    <AuthCard title="Sign in to groundup">
      {notice !== undefined && !signIn.isError && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
          {NOTICES[notice]}
        </Alert>
      )}
      {signIn.isError && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {signInFailureMessage(signIn.error)}
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Sign in">
        <Stack gap="md">
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            {...form.register('email')}
            error={form.formState.errors.email?.message}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.register('password')}
            error={form.formState.errors.password?.message}
          />
          <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
