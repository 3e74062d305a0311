import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { Section } from '@/components/ui/section';
import { useAccounts, type Account } from '@/features/deposits/api/get-accounts';
import { AccountsTable } from '@/features/deposits/components/accounts-table';
import { ApproveAccountDialog } from '@/features/deposits/components/approve-account-dialog';

const PAGE_SIZE = 20;

/** Accounts the front office asked for, waiting for a supervisor to check the client's identity and approve them. */
export function AccountRequests() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [approving, setApproving] = useState<Account | null>(null);
  const requests = useAccounts({ status: 'Requested', page, pageSize: PAGE_SIZE });

  return (
    <Section title={t('accounts.requests')}>
      <AccountsTable
        query={requests}
        showClient
        actions={(account) => (
          <Button size="sm" onClick={() => setApproving(account)}>
            {t('accounts.actions.approve')}
          </Button>
        )}
        emptyMessage={t('accounts.noRequests')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {approving && <ApproveAccountDialog account={approving} onClose={() => setApproving(null)} />}
    </Section>
  );
}
