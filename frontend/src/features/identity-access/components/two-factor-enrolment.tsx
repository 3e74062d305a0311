import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import {
  confirmTwoFactorEnrolment,
  type TwoFactorConfirmation,
} from '@/features/identity-access/api/confirm-two-factor-enrolment';
import { twoFactorCodeSchema } from '@/features/identity-access/api/login-two-factor';
import { startTwoFactorEnrolment } from '@/features/identity-access/api/start-two-factor-enrolment';
import { RecoveryCodes } from '@/features/identity-access/components/recovery-codes';
import { TwoFactorCodeField } from '@/features/identity-access/components/two-factor-code-form';

type Props = {
  /** Given when enrolling is the rest of a sign-in (the password step asked for it); absent from the profile. */
  enrolmentToken?: string;
  /** After the recovery codes were noted; with the session's tokens when enrolling finished a sign-in. */
  onDone: (confirmation: TwoFactorConfirmation) => void;
};

/** Enrolling an authenticator app: its key as a QR code and as text, a first code, then the recovery codes. */
export function TwoFactorEnrolment({ enrolmentToken, onDone }: Props) {
  const { t } = useTranslation();
  const start = useMutation({ mutationFn: () => startTwoFactorEnrolment(enrolmentToken) });
  const confirm = useMutation({ mutationFn: confirmTwoFactorEnrolment });
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(twoFactorCodeSchema),
    defaultValues: { code: '' },
  });

  if (confirm.data) return <RecoveryCodes codes={confirm.data.recoveryCodes} onDone={() => onDone(confirm.data)} />;

  if (!start.data) {
    return (
      <>
        <p>{t('twoFactor.enrolIntro')}</p>
        <ErrorAlert error={start.error} />
        <Button onClick={() => start.mutate()} disabled={start.isPending}>
          {t('twoFactor.start')}
        </Button>
      </>
    );
  }

  const key = start.data.manualKey;
  return (
    <>
      <p>{t('twoFactor.scan')}</p>
      <img
        src={`data:image/png;base64,${start.data.qrCodePng}`}
        alt={t('twoFactor.qrAlt')}
        className="d-block mx-auto mb-3 img-fluid"
        style={{ maxWidth: 240 }}
      />
      <p className="mb-1">{t('twoFactor.manualKey')}</p>
      <p className="font-monospace text-break user-select-all" data-testid="two-factor-key" aria-label={t('twoFactor.manualKey')}>
        {key.match(/.{1,4}/g)?.join(' ')}
      </p>
      <p>{t('twoFactor.confirmIntro')}</p>
      <ErrorAlert error={confirm.error} />
      <Form noValidate onSubmit={handleSubmit((data) => confirm.mutate({ code: data.code, enrolmentToken }))}>
        <TwoFactorCodeField registration={register('code')} error={formState.errors.code} />
        <Button type="submit" className="w-100" disabled={confirm.isPending}>
          {t('twoFactor.confirm')}
        </Button>
      </Form>
    </>
  );
}
