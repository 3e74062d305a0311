import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Dropdown from 'react-bootstrap/Dropdown';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PagedTable } from '@/components/ui/paged-table';
import { useApiClients, type ApiClient } from '@/features/identity-access/api/get-api-clients';
import type { ApiClientSecret } from '@/features/identity-access/api/register-api-client';
import { useRevokeApiClient } from '@/features/identity-access/api/revoke-api-client';
import { useRotateApiClientSecret } from '@/features/identity-access/api/rotate-api-client-secret';
import { ApiClientSecretDialog } from '@/features/identity-access/components/api-client-secret-dialog';
import { RegisterApiClientDialog } from '@/features/identity-access/components/register-api-client-dialog';
import { Authorization, POLICIES, useIsAllowed } from '@/lib/authorization';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;

type Dialog =
  | { kind: 'register' }
  | { kind: 'rotate' | 'revoke'; client: ApiClient }
  | { kind: 'secret'; secret: ApiClientSecret };

export function ApiClientsList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canManage = useIsAllowed(POLICIES.apiClientsManage);
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const clients = useApiClients({ page, pageSize: PAGE_SIZE });
  const rotate = useRotateApiClientSecret();
  const revoke = useRevokeApiClient();
  const pending = dialog?.kind === 'rotate' ? rotate : revoke;

  const closeDialog = () => {
    rotate.reset();
    revoke.reset();
    setDialog(null);
  };
  const showSecret = (secret: ApiClientSecret) => {
    rotate.reset();
    setDialog({ kind: 'secret', secret });
  };

  return (
    <>
      <p className="text-body-secondary">{t('apiClients.intro')}</p>
      <Authorization allowed={POLICIES.apiClientsManage}>
        <div className="mb-3">
          <Button onClick={() => setDialog({ kind: 'register' })}>{t('apiClients.new')}</Button>
        </div>
      </Authorization>

      <PagedTable
        query={clients}
        hover
        className="align-middle"
        columnCount={canManage ? 6 : 5}
        headers={
          <>
            <th>{t('apiClients.name')}</th>
            <th>{t('apiClients.scopes')}</th>
            <th>{t('apiClients.rateLimitShort')}</th>
            <th>{t('common.status')}</th>
            <th>{t('apiClients.lastUsed')}</th>
            {canManage && <th className="text-end">{t('common.actions')}</th>}
          </>
        }
        renderRow={(client) => (
          <tr key={client.id}>
            <td>
              <div className="fw-semibold">{client.name}</div>
              <div className="small text-body-secondary text-break font-monospace">{client.id}</div>
            </td>
            <td>
              <div className="d-flex flex-wrap gap-1">
                {client.scopes.map((scope) => (
                  <Badge key={scope} bg="secondary" className="font-monospace fw-normal">
                    {scope}
                  </Badge>
                ))}
              </div>
            </td>
            <td className="text-nowrap">{t('apiClients.perMinute', { count: client.rateLimitPerMinute })}</td>
            <td>
              {client.revokedAt ? (
                <Badge bg="danger">{t('apiClients.revoked')}</Badge>
              ) : (
                <Badge bg="success">{t('apiClients.active')}</Badge>
              )}
            </td>
            <td className="text-nowrap">{client.lastUsedAt ? formatDateTime(client.lastUsedAt, locale) : '—'}</td>
            {canManage && (
              <td className="text-end">
                {!client.revokedAt && (
                  <Dropdown align="end">
                    <Dropdown.Toggle variant="outline-secondary" size="sm" id={`api-client-actions-${client.id}`}>
                      {t('common.actions')}
                    </Dropdown.Toggle>
                    <Dropdown.Menu popperConfig={{ strategy: 'fixed' }} renderOnMount>
                      <Dropdown.Item as="button" onClick={() => setDialog({ kind: 'rotate', client })}>
                        {t('apiClients.rotate')}
                      </Dropdown.Item>
                      <Dropdown.Divider />
                      <Dropdown.Item as="button" className="text-danger" onClick={() => setDialog({ kind: 'revoke', client })}>
                        {t('apiClients.revoke')}
                      </Dropdown.Item>
                    </Dropdown.Menu>
                  </Dropdown>
                )}
              </td>
            )}
          </tr>
        )}
        emptyMessage={t('apiClients.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />

      {dialog?.kind === 'register' && <RegisterApiClientDialog onClose={closeDialog} onRegistered={showSecret} />}
      {dialog?.kind === 'secret' && <ApiClientSecretDialog secret={dialog.secret} onClose={closeDialog} />}
      {(dialog?.kind === 'rotate' || dialog?.kind === 'revoke') && (
        <ConfirmDialog
          title={t(`apiClients.${dialog.kind}Title`)}
          message={t(`apiClients.${dialog.kind}Confirm`, { name: dialog.client.name })}
          confirmLabel={t(`apiClients.${dialog.kind}`)}
          variant="danger"
          isPending={pending.isPending}
          error={pending.error}
          onCancel={closeDialog}
          onConfirm={() =>
            dialog.kind === 'rotate'
              ? rotate.mutate(dialog.client.id, { onSuccess: showSecret })
              : revoke.mutate(dialog.client.id, { onSuccess: closeDialog })
          }
        />
      )}
    </>
  );
}
