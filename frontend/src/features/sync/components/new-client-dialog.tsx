import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import Row from 'react-bootstrap/Row';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ClientIdentityFields, type ClientFieldProps } from '@/components/client-identity-fields';
import { ReviewSteps, useReviewSteps, type Review } from '@/components/ui/review-steps';
import { newClientSchema, type NewClientInput } from '@/features/sync/offline-checks';
import { offlineDb, type QueuedOperation } from '@/features/sync/offline-db';
import { enqueue, replaceRefused } from '@/features/sync/queue';
import type { WorkingClient } from '@/features/sync/types';
import { useCurrentUser } from '@/lib/auth';
import { CLIENT_FIELDS, clientFormValues, type ClientFormValues } from '@/lib/client-input';
import { useEnumLabel } from '@/lib/enum-labels';
import { formatDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type NewClientDialogProps = {
  /** The clients the phone knows, so that a phone number already theirs is caught offline. */
  clients: readonly WorkingClient[];
  /** A refused draft being corrected: the new one replaces it (with a new key). */
  replacing?: QueuedOperation;
  onRecorded: (operation: QueuedOperation) => void;
  onClose: () => void;
};

/**
 * A new client registered on the phone, with or without a network: the clients' own fields, checked as far as they
 * can be offline, then a review. The draft joins the queue like a deposit; at sync the server registers the client in
 * the agent's branch, assigned to the agent, and answers with the client's number.
 */
export function NewClientDialog({ clients, replacing, onRecorded, onClose }: NewClientDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = useEnumLabel();
  const user = useCurrentUser();
  const record = useMutation({
    // It writes to the phone, not to the network: React Query must not hold it back while offline.
    networkMode: 'always',
    mutationFn: ({ data, idempotencyKey }: Review<NewClientInput>) => {
      const operation = {
        kind: 'NewClient' as const,
        targetId: null,
        amount: null,
        days: null,
        reference: null,
        client: data,
        summary: {
          clientId: '',
          clientName: `${data.firstName} ${data.lastName}`,
          clientNumber: '',
          targetLabel: data.phone,
          total: 0,
          // A new client moves no money: total and currency are never shown.
          currency: user.currency ?? '',
          recordedBy: user.displayName,
        },
      };
      return replacing
        ? replaceRefused(offlineDb, replacing, operation, idempotencyKey)
        : enqueue(offlineDb, user.id, operation, idempotencyKey);
    },
  });
  const { register, handleSubmit, setError, formState } = useForm<ClientFormValues, unknown, NewClientInput>({
    resolver: zodResolver(newClientSchema(clients)),
    defaultValues: clientFormValues(replacing?.client ?? undefined),
  });
  const steps = useReviewSteps<NewClientInput, ClientFormValues>({
    mutation: record,
    setError,
    fields: CLIENT_FIELDS,
    onClose,
  });
  const field: ClientFieldProps = (name) => ({ registration: register(name), error: formState.errors[name] });

  return (
    <ReviewSteps
      title={t('sync.newClient.title')}
      steps={steps}
      onClose={onClose}
      onReview={handleSubmit(steps.startReview)}
      inlineFields={CLIENT_FIELDS}
      reviewMessage={t('sync.newClient.reviewMessage')}
      details={(data) => [
        { label: t('common.client'), value: `${data.firstName} ${data.lastName}` },
        { label: t('clients.gender'), value: t(`genders.${data.gender}`) },
        { label: t('clients.dateOfBirth'), value: formatDate(data.dateOfBirth, locale) },
        { label: t('clients.phone'), value: data.phone },
        { label: t('clients.email'), value: data.email },
        { label: t('clients.address'), value: data.address },
        { label: t('clients.city'), value: data.city },
        { label: t('clients.occupation'), value: data.occupation },
        {
          label: t('clients.idDocument'),
          value: data.idDocumentType && `${label('IdDocumentType', data.idDocumentType)} ${data.idDocumentNumber}`,
        },
      ]}
      onConfirm={() => steps.send((review) => record.mutateAsync(review), onRecorded)}
      mutation={record}
      fields={
        <>
          <Row>
            <ClientIdentityFields field={field} />
          </Row>
          <p className="small text-body-secondary mb-0">
            {t(user.roles.includes('Agent') ? 'sync.newClient.hint' : 'sync.newClient.hintBranch')}
          </p>
        </>
      }
    />
  );
}
