import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';

import type { OfflineCredential } from '@/features/sync/offline-session/credentials-store';
import { checkPassword, type PasswordCheck } from '@/features/sync/offline-session/offline-credential';
import { useSecondsUntil } from '@/features/sync/offline-session/use-seconds-until';
import type { CurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

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
 * the phone against the verifier; after five wrong ones each attempt waits, counted down here. One field, so no form
 * library: this screen is in the first bundle (it must show without network).
 */
export function PasswordCheckForm({ credential, submitLabel, onRight }: PasswordCheckFormProps) {
  const { t } = useTranslation();
  const [blockedUntil, setBlockedUntil] = useState(credential.blockedUntil);
  const secondsLeft = useSecondsUntil(blockedUntil);
  const check = useMutation({
    mutationFn: (typed: string) => checkPassword(credential.userId, typed),
    // The phone's own database and WebCrypto: no network involved.
    networkMode: 'always',
    onSuccess: (result) => {
      if (result.outcome === 'right') onRight(result.profile);
      if (result.outcome === 'blocked') setBlockedUntil(result.until);
    },
  });
  const [password, setPassword] = useState('');

  return (
    <Form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        check.mutate(password, { onSettled: () => setPassword('') });
      }}
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
      <Form.Group className="mb-3" controlId="offline-password">
        <Form.Label>{t('auth.password')}</Form.Label>
        <Form.Control
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
          required
        />
      </Form.Group>
      <Button type="submit" className="w-100" disabled={password === '' || check.isPending || secondsLeft > 0}>
        {check.isPending ? t('offlineSession.checking') : submitLabel}
      </Button>
    </Form>
  );
}
