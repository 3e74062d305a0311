import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import type { Account } from '@/features/deposits/api/get-accounts';
import { ActivateAccountDialog } from '@/features/deposits/components/activate-account-dialog';
import { ApproveAccountDialog } from '@/features/deposits/components/approve-account-dialog';
import { CloseAccountDialog } from '@/features/deposits/components/close-account-dialog';
import { MovementDialog } from '@/features/deposits/components/movement-dialog';
import { TransferDialog } from '@/features/deposits/components/transfer-dialog';
import { POLICIES, useIsAllowed } from '@/lib/authorization';

type Action = 'approve' | 'activate' | 'deposit' | 'withdrawal' | 'transfer' | 'close';

/** What the user may do with the account, given its status and the user's role (as the API decides it). */
function availableActions(account: Account, frontOffice: boolean, approver: boolean): Action[] {
  switch (account.status) {
    case 'Requested':
      return approver ? ['approve'] : [];
    case 'Approved':
      return frontOffice ? ['activate'] : [];
    case 'Active':
      return [
        ...(frontOffice ? (['deposit', 'withdrawal', 'transfer'] as const) : []),
        ...(approver && account.balance === 0 ? (['close'] as const) : []),
      ];
    case 'Closed':
    case 'Rejected':
      return [];
  }
}

export function AccountActions({ account }: { account: Account }) {
  const { t } = useTranslation();
  const frontOffice = useIsAllowed(POLICIES.frontOffice);
  const approver = useIsAllowed(POLICIES.approvals);
  const [action, setAction] = useState<Action | null>(null);
  const done = () => setAction(null);

  return (
    <div className="d-flex flex-wrap gap-2 d-print-none">
      {availableActions(account, frontOffice, approver).map((available) => (
        <Button
          key={available}
          variant={available === 'close' ? 'outline-danger' : 'primary'}
          onClick={() => setAction(available)}
        >
          {t(`accounts.actions.${available}`)}
        </Button>
      ))}

      {action === 'activate' && <ActivateAccountDialog account={account} onClose={done} />}
      {(action === 'deposit' || action === 'withdrawal') && (
        <MovementDialog kind={action} account={account} onClose={done} />
      )}
      {action === 'transfer' && <TransferDialog account={account} onClose={done} />}
      {action === 'approve' && <ApproveAccountDialog account={account} onClose={done} />}
      {action === 'close' && <CloseAccountDialog account={account} onClose={done} />}
    </div>
  );
}
