import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { Section } from '@/components/ui/section';
import { useAccounts, type Account } from '@/features/deposits/api/get-accounts';
import { AccountsTable } from '@/features/deposits/components/accounts-table';
import { ApproveAccountDialog } from '@/features/deposits/components/approve-account-dialog';
import { RejectAccountDialog } from '@/features/deposits/components/reject-account-dialog';

const PAGE_SIZE = 20;

type Decision = { kind: 'approve' | 'reject'; account: Account };

/**
 * Accounts the front office asked for, waiting for a supervisor to check the client's identity and approve them — or
 * reject them, with a reason.
 */
export function AccountRequests() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [decision, setDecision] = useState<Decision | null>(null);
  const requests = useAccounts({ status: 'Requested', page, pageSize: PAGE_SIZE });
  const close = () => setDecision(null);

  return (
    <Section title={t('accounts.requests')}>
      <AccountsTable
        query={requests}
        showClient
        actions={(account) => (
          // On a phone the two buttons stack rather than widen the row beyond the screen.
          <div className="d-flex flex-wrap gap-1 justify-content-end">
            <Button size="sm" onClick={() => setDecision({ kind: 'approve', account })}>
              {t('accounts.actions.approve')}
            </Button>
            <Button size="sm" variant="outline-danger" onClick={() => setDecision({ kind: 'reject', account })}>
              {t('accounts.actions.reject')}
            </Button>
          </div>
        )}
        emptyMessage={t('accounts.noRequests')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {decision?.kind === 'approve' && <ApproveAccountDialog account={decision.account} onClose={close} />}
      {decision?.kind === 'reject' && <RejectAccountDialog account={decision.account} onClose={close} />}
    </Section>
  );
}
