import { zodResolver } from '@hookform/resolvers/zod';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { RecordFormDialog } from '@/components/ui/form-dialog';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { EnumOptions, NamedOptions } from '@/components/ui/select-options';
import { paths } from '@/config/paths';
import { clientInputSchema, GENDERS, ID_DOCUMENT_TYPES, useCreateClient } from '@/features/clients/api/create-client';
import type { Client } from '@/features/clients/api/get-client';
import { useUpdateClient } from '@/features/clients/api/update-client';
import { setApiFieldErrors } from '@/lib/form-errors';

const FIELDS = clientInputSchema.keyof().options;

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

function defaultValues(client: Client | undefined) {
  return {
    firstName: client?.firstName ?? '',
    lastName: client?.lastName ?? '',
    gender: client?.gender ?? '',
    dateOfBirth: client?.dateOfBirth ?? '',
    phone: client?.phone ?? '',
    email: client?.email ?? '',
    address: client?.address ?? '',
    city: client?.city ?? '',
    occupation: client?.occupation ?? '',
    idDocumentType: client?.idDocumentType ?? '',
    idDocumentNumber: client?.idDocumentNumber ?? '',
    branchId: client?.branchId ?? '',
    assignedAgentId: client?.assignedAgentId ?? '',
  };
}

export function ClientFormDialog({ client, branches, agents, onClose }: ClientFormDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createClient = useCreateClient();
  const updateClient = useUpdateClient();
  const mutation = client ? updateClient : createClient;
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(clientInputSchema),
    defaultValues: defaultValues(client),
  });
  const { errors } = formState;
  const onError = (error: unknown) => setApiFieldErrors(error, FIELDS, setError);

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

  const field = (name: (typeof FIELDS)[number]) => ({ registration: register(name), error: errors[name] });

  return (
    <RecordFormDialog
      title={client ? t('clients.edit', { number: client.number }) : t('clients.new')}
      editing={!!client}
      mutation={mutation}
      onClose={onClose}
      onSubmit={submit}
      inlineFields={FIELDS}
    >
      <Row>
        <Col sm={6}>
          <TextField label={t('clients.firstName')} {...field('firstName')} autoComplete="off" />
        </Col>
        <Col sm={6}>
          <TextField label={t('clients.lastName')} {...field('lastName')} autoComplete="off" />
        </Col>
        <Col sm={6}>
          <SelectField label={t('clients.gender')} {...field('gender')}>
            <option value="">{t('common.choose')}</option>
            <EnumOptions values={GENDERS} labelKey="genders" />
          </SelectField>
        </Col>
        <Col sm={6}>
          <TextField label={t('clients.dateOfBirth')} type="date" {...field('dateOfBirth')} />
        </Col>
        <Col sm={6}>
          <TextField label={t('clients.phone')} type="tel" {...field('phone')} autoComplete="off" />
        </Col>
        <Col sm={6}>
          <TextField label={t('clients.email')} type="email" {...field('email')} autoComplete="off" />
        </Col>
        <Col xs={12}>
          <TextField label={t('clients.address')} {...field('address')} />
        </Col>
        <Col sm={6}>
          <TextField label={t('clients.city')} {...field('city')} />
        </Col>
        <Col sm={6}>
          <TextField label={t('clients.occupation')} {...field('occupation')} />
        </Col>
        <Col sm={6}>
          <SelectField label={t('clients.idDocumentType')} {...field('idDocumentType')}>
            <option value="">{t('clients.noIdDocument')}</option>
            <EnumOptions values={ID_DOCUMENT_TYPES} labelKey="idDocumentTypes" />
          </SelectField>
        </Col>
        <Col sm={6}>
          <TextField label={t('clients.idDocumentNumber')} {...field('idDocumentNumber')} autoComplete="off" />
        </Col>
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
