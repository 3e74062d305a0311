import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/form-fields';
import {
  loginTwoFactor,
  recoveryCodeSchema,
  twoFactorCodeSchema,
} from '@/features/identity-access/api/login-two-factor';
import { tokenStore } from '@/lib/token-store';

type Props = { challengeToken: string; onCancel: () => void };

/** The second sign-in step: the app's 6-digit code, or one of the recovery codes; the session starts on success. */
export function TwoFactorCodeForm({ challengeToken, onCancel }: Props) {
  const { t } = useTranslation();
  const [useRecovery, setUseRecovery] = useState(false);
  const verify = useMutation({
    mutationFn: loginTwoFactor,
    onSuccess: (tokens) => tokenStore.setTokens(tokens),
  });

  const switchMode = () => {
    verify.reset();
    setUseRecovery((current) => !current);
  };

  return (
    <>
      <h2 className="h5">{t('twoFactor.codeTitle')}</h2>
      <p className="text-body-secondary">{t(useRecovery ? 'twoFactor.recoveryIntro' : 'twoFactor.codeIntro')}</p>
      <ErrorAlert error={verify.error} />
      {useRecovery ? (
        <RecoveryCodeForm
          isPending={verify.isPending}
          onSubmit={(recoveryCode) => verify.mutate({ challengeToken, recoveryCode })}
        />
      ) : (
        <AppCodeForm isPending={verify.isPending} onSubmit={(code) => verify.mutate({ challengeToken, code })} />
      )}
      <div className="d-flex flex-wrap justify-content-between gap-2 mt-3">
        <Button variant="link" className="p-0" onClick={switchMode}>
          {t(useRecovery ? 'twoFactor.useAppCode' : 'twoFactor.useRecoveryCode')}
        </Button>
        <Button variant="link" className="p-0" onClick={onCancel}>
          {t('twoFactor.back')}
        </Button>
      </div>
    </>
  );
}

type CodeFormProps = { isPending: boolean; onSubmit: (value: string) => void };

function AppCodeForm({ isPending, onSubmit }: CodeFormProps) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(twoFactorCodeSchema),
    defaultValues: { code: '' },
  });
  return (
    <Form noValidate onSubmit={handleSubmit((data) => onSubmit(data.code))}>
      <TwoFactorCodeField registration={register('code')} error={formState.errors.code} />
      <Button type="submit" className="w-100" disabled={isPending}>
        {t(isPending ? 'twoFactor.verifying' : 'twoFactor.verify')}
      </Button>
    </Form>
  );
}

function RecoveryCodeForm({ isPending, onSubmit }: CodeFormProps) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(recoveryCodeSchema),
    defaultValues: { recoveryCode: '' },
  });
  return (
    <Form noValidate onSubmit={handleSubmit((data) => onSubmit(data.recoveryCode))}>
      <TextField
        label={t('twoFactor.recoveryCode')}
        registration={register('recoveryCode')}
        error={formState.errors.recoveryCode}
        autoComplete="off"
      />
      <Button type="submit" className="w-100" disabled={isPending}>
        {t(isPending ? 'twoFactor.verifying' : 'twoFactor.verify')}
      </Button>
    </Form>
  );
}

/** Six digits: the phone shows its number pad and may offer the code it just received. */
export function TwoFactorCodeField(props: Pick<Parameters<typeof TextField>[0], 'registration' | 'error'>) {
  const { t } = useTranslation();
  return <TextField label={t('twoFactor.code')} inputMode="numeric" autoComplete="one-time-code" {...props} />;
}
