import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { TextField } from '@/components/ui/form-fields';
import type { OfflineCredential } from '@/features/sync/offline-session/credentials-store';
import { checkPassword, type PasswordCheck } from '@/features/sync/offline-session/offline-credential';
import { useSecondsUntil } from '@/features/sync/offline-session/use-seconds-until';
import type { CurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const passwordSchema = z.object({ password: z.string().min(1, 'validation.required') });

/** Why the last attempt did not open, in French first; nothing before the first attempt or while a wait runs. */
function Refusal({ check }: { check: PasswordCheck | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  switch (check?.outcome) {
    case 'wrong':
      return <Alert variant="danger">{t('offlineSession.wrongPassword', { count: check.attemptsLeft })}</Alert>;
    case 'expired':
      return (
        <Alert variant="warning">
          {t('offlineSession.expired', { date: formatDateTime(check.signedInOnlineAt, locale) })}
        </Alert>
      );
    case 'unknown':
      return <Alert variant="warning">{t('offlineSession.noCredential')}</Alert>;
    default:
      return null;
  }
}

type PasswordCheckFormProps = {
  credential: OfflineCredential;
  submitLabel: string;
  /** The password matched the verifier: the cached profile. */
  onRight: (profile: CurrentUser) => void;
};

/**
 * The username (given: the phone opens only for the user who last signed in online on it) and the password, checked on
 * the phone against the verifier; after five wrong ones each attempt waits, counted down here.
 */
export function PasswordCheckForm({ credential, submitLabel, onRight }: PasswordCheckFormProps) {
  const { t } = useTranslation();
  const [blockedUntil, setBlockedUntil] = useState(credential.blockedUntil);
  const secondsLeft = useSecondsUntil(blockedUntil);
  const check = useMutation({
    mutationFn: (password: string) => checkPassword(credential.userId, password),
    // The phone's own database and WebCrypto: no network involved.
    networkMode: 'always',
    onSuccess: (result) => {
      if (result.outcome === 'right') onRight(result.profile);
      if (result.outcome === 'blocked') setBlockedUntil(result.until);
    },
  });
  const { register, handleSubmit, formState, resetField } = useForm({
    resolver: zodResolver(passwordSchema),
    defaultValues: { password: '' },
  });

  return (
    <Form
      noValidate
      onSubmit={handleSubmit(({ password }) =>
        check.mutate(password, { onSettled: () => resetField('password') }),
      )}
    >
      {secondsLeft > 0 ? (
        <Alert variant="warning">{t('offlineSession.blocked', { seconds: secondsLeft })}</Alert>
      ) : (
        <Refusal check={check.data} />
      )}
      <Form.Group className="mb-3" controlId="offline-username">
        <Form.Label>{t('auth.username')}</Form.Label>
        <Form.Control value={credential.username} autoComplete="username" readOnly className="bg-body-tertiary" />
      </Form.Group>
      <TextField
        label={t('auth.password')}
        type="password"
        registration={register('password')}
        error={formState.errors.password}
        autoComplete="current-password"
      />
      <Button type="submit" className="w-100" disabled={check.isPending || secondsLeft > 0}>
        {check.isPending ? t('offlineSession.checking') : submitLabel}
      </Button>
    </Form>
  );
}
