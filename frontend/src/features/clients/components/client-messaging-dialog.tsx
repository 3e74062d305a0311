import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { CheckField, SelectField } from '@/components/ui/form-fields';
import type { Client } from '@/features/clients/api/get-client';
import { clientMessagingInputSchema, useUpdateClientMessaging } from '@/features/clients/api/update-client-messaging';
import { setApiFieldErrors } from '@/lib/form-errors';

/** The language of the client's SMS and their refusal of SMS reminders (the agent still hears of them in the feed). */
export function ClientMessagingDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateClientMessaging();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(clientMessagingInputSchema),
    defaultValues: { language: client.language === 'en' ? ('en' as const) : ('fr' as const), smsOptOut: client.smsOptOut },
  });
  return (
    <FormDialog
      title={t('clients.messaging.title')}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={handleSubmit((data) =>
        update.mutate(
          { id: client.id, data },
          { onSuccess: onClose, onError: (error) => setApiFieldErrors(error, ['language'], setError) },
        ),
      )}
      isPending={update.isPending}
      error={update.error}
      inlineFields={['language']}
    >
      <SelectField label={t('clients.messaging.language')} registration={register('language')} error={formState.errors.language}>
        <option value="fr">{t('clients.messaging.languages.fr')}</option>
        <option value="en">{t('clients.messaging.languages.en')}</option>
      </SelectField>
      <CheckField label={t('clients.messaging.smsOptOut')} registration={register('smsOptOut')} />
      <p className="small text-body-secondary mb-0">{t('clients.messaging.hint')}</p>
    </FormDialog>
  );
}
