import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';

import { FieldFeedback, TextField } from '@/components/ui/form-fields';
import { FormDialog } from '@/components/ui/form-dialog';
import { API_SCOPES, scopeLabelKey } from '@/features/identity-access/api/get-api-clients';
import {
  registerApiClientInputSchema,
  useRegisterApiClient,
  type ApiClientSecret,
  type RegisterApiClientInput,
} from '@/features/identity-access/api/register-api-client';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = registerApiClientInputSchema.keyof().options;

export function RegisterApiClientDialog({
  onClose,
  onRegistered,
}: {
  onClose: () => void;
  onRegistered: (secret: ApiClientSecret) => void;
}) {
  const { t } = useTranslation();
  const register = useRegisterApiClient();
  const form = useForm<RegisterApiClientInput, unknown, ReturnType<typeof registerApiClientInputSchema.parse>>({
    resolver: zodResolver(registerApiClientInputSchema),
    defaultValues: { name: '', scopes: [], rateLimitPerMinute: '' },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit((data) =>
    register.mutate(data, {
      onSuccess: onRegistered,
      onError: (error) => setApiFieldErrors(error, FIELDS, form.setError),
    }),
  );

  return (
    <FormDialog
      title={t('apiClients.new')}
      submitLabel={t('common.create')}
      onClose={onClose}
      onSubmit={submit}
      isPending={register.isPending}
      error={register.error}
      inlineFields={FIELDS}
    >
      <TextField label={t('apiClients.name')} registration={form.register('name')} error={errors.name} />
      <fieldset className="mb-3">
        <legend className="form-label fs-6">{t('apiClients.scopes')}</legend>
        {API_SCOPES.map((scope) => (
          <Form.Check
            key={scope}
            id={`api-client-scope-${scope}`}
            type="checkbox"
            value={scope}
            label={
              <>
                {t(scopeLabelKey(scope))} <code>{scope}</code>
              </>
            }
            isInvalid={!!errors.scopes}
            {...form.register('scopes')}
          />
        ))}
        <FieldFeedback
          error={errors.scopes?.message ? { type: errors.scopes.type ?? 'validate', message: errors.scopes.message } : undefined}
          className="d-block"
        />
      </fieldset>
      <TextField
        label={t('apiClients.rateLimit')}
        inputMode="numeric"
        hint={t('apiClients.rateLimitHint')}
        registration={form.register('rateLimitPerMinute')}
        error={errors.rateLimitPerMinute}
      />
    </FormDialog>
  );
}
