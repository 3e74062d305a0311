import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/form-fields';
import { TwoFactorCodeForm } from '@/features/identity-access/components/two-factor-code-form';
import { TwoFactorEnrolment } from '@/features/identity-access/components/two-factor-enrolment';
import { ApiError } from '@/lib/api-error';
import { loginInputSchema, useLogin, type LoginAnswer } from '@/lib/auth';
import { tokenStore } from '@/lib/token-store';

function LoginError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 429) {
    // A locked username: the API says for how long, in minutes and in the user's language (Accept-Language).
    const locked = error.code === 'sign_in_locked' || error.code === 'two_factor_locked' ? error.detail : null;
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

/**
 * Signs the user in; the login route moves on as soon as the session exists. A user with two-factor sign-in then gives
 * a code; one whose role requires it and who has not enrolled enrols first (docs/security.md).
 */
export function LoginForm() {
  const [pending, setPending] = useState<LoginAnswer | null>(null);

  if (pending?.challengeToken) {
    return <TwoFactorCodeForm challengeToken={pending.challengeToken} onCancel={() => setPending(null)} />;
  }
  if (pending?.enrolmentToken) {
    return <EnrolmentStep enrolmentToken={pending.enrolmentToken} />;
  }
  return <PasswordForm onSecondStep={setPending} />;
}

function EnrolmentStep({ enrolmentToken }: { enrolmentToken: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="h5">{t('twoFactor.enrolTitle')}</h2>
      <Alert variant="info">{t('twoFactor.enrolRequired')}</Alert>
      <TwoFactorEnrolment
        enrolmentToken={enrolmentToken}
        onDone={(confirmation) => confirmation.tokens && tokenStore.setTokens(confirmation.tokens)}
      />
    </>
  );
}

function PasswordForm({ onSecondStep }: { onSecondStep: (answer: LoginAnswer) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { username: '', password: '' },
  });

  return (
    <Form
      noValidate
      onSubmit={handleSubmit((data) =>
        login.mutate(data, { onSuccess: (answer) => !answer.accessToken && onSecondStep(answer) }),
      )}
    >
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
