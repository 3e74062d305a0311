import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Dropdown from 'react-bootstrap/Dropdown';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { paths } from '@/config/paths';
import { useChangeClientStatus, type ClientStatusChange } from '@/features/clients/api/change-client-status';
import { useDeleteClient } from '@/features/clients/api/delete-client';
import type { Client } from '@/features/clients/api/get-client';
import { ClientFormDialog, type ClientFormOptions } from '@/features/clients/components/client-form-dialog';
import { Authorization, POLICIES } from '@/lib/authorization';

type Dialog = 'edit' | ClientStatusChange | 'delete';

/** The status changes each status allows. */
function statusChanges(client: Client): ClientStatusChange[] {
  switch (client.status) {
    case 'Active':
      return ['suspend', 'close'];
    case 'Suspended':
      return ['reactivate', 'close'];
    case 'PendingKyc':
      return ['close'];
    case 'Closed':
      return [];
  }
}

/** Edit and print for the front office; status changes and deletion for supervisors and administrators. */
export function ClientActions({ client, options }: { client: Client; options: ClientFormOptions }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const changeStatus = useChangeClientStatus();
  const deleteClient = useDeleteClient();
  const mutation = dialog === 'delete' ? deleteClient : changeStatus;

  const close = () => {
    changeStatus.reset();
    deleteClient.reset();
    setDialog(null);
  };
  const confirm = () => {
    if (dialog === 'delete') {
      deleteClient.mutate(client.id, { onSuccess: () => void navigate(paths.clients.getHref(), { replace: true }) });
    } else if (dialog && dialog !== 'edit') {
      changeStatus.mutate({ id: client.id, change: dialog }, { onSuccess: close });
    }
  };
  const name = `${client.firstName} ${client.lastName}`;

  return (
    <div className="d-flex flex-wrap gap-2 d-print-none">
      {client.status !== 'Closed' && (
        <Authorization allowed={POLICIES.frontOffice}>
          <Button variant="outline-primary" onClick={() => setDialog('edit')}>
            {t('common.edit')}
          </Button>
        </Authorization>
      )}
      <Link to={paths.clientSheet.getHref(client.id)} className="btn btn-outline-secondary">
        {t('clients.sheet')}
      </Link>
      <Authorization allowed={POLICIES.approvals}>
        <Dropdown align="end">
          <Dropdown.Toggle variant="outline-secondary" id="client-status-actions">
            {t('common.actions')}
          </Dropdown.Toggle>
          <Dropdown.Menu>
            {statusChanges(client).map((change) => (
              <Dropdown.Item key={change} as="button" onClick={() => setDialog(change)}>
                {t(`clients.${change}`)}
              </Dropdown.Item>
            ))}
            <Dropdown.Item as="button" className="text-danger" onClick={() => setDialog('delete')}>
              {t('common.delete')}
            </Dropdown.Item>
          </Dropdown.Menu>
        </Dropdown>
      </Authorization>

      {dialog === 'edit' && <ClientFormDialog client={client} {...options} onClose={close} />}
      {dialog && dialog !== 'edit' && (
        <ConfirmDialog
          title={t(`clients.${dialog}Title`)}
          message={t(`clients.${dialog}Confirm`, { name })}
          confirmLabel={t(dialog === 'delete' ? 'common.delete' : `clients.${dialog}`)}
          variant={dialog === 'reactivate' ? 'primary' : 'danger'}
          isPending={mutation.isPending}
          error={mutation.error}
          onCancel={close}
          onConfirm={confirm}
        />
      )}
    </div>
  );
}
