import { zodResolver } from '@hookform/resolvers/zod';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ClientIdentityFields } from '@/components/client-identity-fields';
import { RecordFormDialog } from '@/components/ui/form-dialog';
import { SelectField } from '@/components/ui/form-fields';
import { NamedOptions } from '@/components/ui/select-options';
import { paths } from '@/config/paths';
import { useCreateClient } from '@/features/clients/api/create-client';
import type { Client } from '@/features/clients/api/get-client';
import { useUpdateClient } from '@/features/clients/api/update-client';
import { CLIENT_FIELDS, clientFormValues, clientInputSchema, type ClientField } from '@/lib/client-input';
import { setApiFieldErrors } from '@/lib/form-errors';

type NamedOption = { id: string; name: string };

/**
 * What the form may offer to choose. A list the user may not read (an agent is refused the branches and the users)
 * is absent: its field is not shown, and the API defaults it (or, on an edit, it keeps the client's).
 */
export type ClientFormOptions = { branches?: readonly NamedOption[]; agents?: readonly NamedOption[] };

type ClientFormDialogProps = ClientFormOptions & {
  /** The client to edit; without one, the dialog registers a new client and then opens its page. */
  client?: Client;
  onClose: () => void;
};

export function ClientFormDialog({ client, branches, agents, onClose }: ClientFormDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createClient = useCreateClient();
  const updateClient = useUpdateClient();
  const mutation = client ? updateClient : createClient;
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(clientInputSchema),
    defaultValues: clientFormValues(client),
  });
  const { errors } = formState;
  const onError = (error: unknown) => setApiFieldErrors(error, CLIENT_FIELDS, setError);

  const submit = handleSubmit((data) => {
    if (client) {
      updateClient.mutate(
        { id: client.id, data: { ...data, branchId: data.branchId ?? client.branchId } },
        { onSuccess: onClose, onError },
      );
    } else {
      createClient.mutate(data, { onSuccess: (created) => void navigate(paths.client.getHref(created.id)), onError });
    }
  });

  const field = (name: ClientField) => ({ registration: register(name), error: errors[name] });

  return (
    <RecordFormDialog
      title={client ? t('clients.edit', { number: client.number }) : t('clients.new')}
      editing={!!client}
      mutation={mutation}
      onClose={onClose}
      onSubmit={submit}
      inlineFields={CLIENT_FIELDS}
    >
      <Row>
        <ClientIdentityFields field={field} />
        {branches && (
          <Col sm={6}>
            <SelectField label={t('clients.branch')} {...field('branchId')}>
              <NamedOptions items={branches} emptyLabel={t(client ? 'common.choose' : 'clients.myBranch')} />
            </SelectField>
          </Col>
        )}
        {agents && (
          <Col sm={6}>
            <SelectField label={t('clients.agent')} {...field('assignedAgentId')}>
              <NamedOptions items={agents} emptyLabel={t('clients.noAgent')} />
            </SelectField>
          </Col>
        )}
      </Row>
    </RecordFormDialog>
  );
}
