import { zodResolver } from '@hookform/resolvers/zod';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/form-fields';
import { ApiError } from '@/lib/api-error';
import { loginInputSchema, useLogin } from '@/lib/auth';

function LoginError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 429) {
    // A locked username: the API says for how long, in minutes and in the user's language (Accept-Language).
    const locked = error.code === 'sign_in_locked' ? error.detail : null;
    return (
      <Alert variant="warning">
        {locked ??
          (error.retryAfterSeconds === null
            ? t('auth.tooManyAttemptsLater')
            : t('auth.tooManyAttempts', { seconds: error.retryAfterSeconds }))}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}

/** Signs the user in; the login route moves on as soon as the session exists. */
export function LoginForm() {
  const { t } = useTranslation();
  const login = useLogin();
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { username: '', password: '' },
  });

  return (
    <Form noValidate onSubmit={handleSubmit((data) => login.mutate(data))}>
      <LoginError error={login.error} />
      <TextField
        label={t('auth.username')}
        registration={register('username')}
        error={formState.errors.username}
        autoComplete="username"
      />
      <TextField
        label={t('auth.password')}
        type="password"
        registration={register('password')}
        error={formState.errors.password}
        autoComplete="current-password"
      />
      <Button type="submit" className="w-100" disabled={login.isPending}>
        {t(login.isPending ? 'auth.signingIn' : 'auth.signIn')}
      </Button>
    </Form>
  );
}
