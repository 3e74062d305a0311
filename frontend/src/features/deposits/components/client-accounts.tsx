import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { Section } from '@/components/ui/section';
import { useAccounts } from '@/features/deposits/api/get-accounts';
import { AccountsTable } from '@/features/deposits/components/accounts-table';
import { OpenAccountDialog } from '@/features/deposits/components/open-account-dialog';
import { Authorization, POLICIES } from '@/lib/authorization';

const PAGE_SIZE = 10;

type ClientAccountsProps = {
  clientId: string;
  /** The products an account may be opened with; without them (the client sheet), nothing can be opened. */
  products?: readonly { id: string; name: string }[];
};

/** A client's accounts, with their balances; the front office opens new ones here. */
export function ClientAccounts({ clientId, products }: ClientAccountsProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [opening, setOpening] = useState(false);
  const accounts = useAccounts({ clientId, page, pageSize: PAGE_SIZE });

  return (
    <Section
      title={t('accounts.title')}
      actions={
        products && (
          <Authorization allowed={POLICIES.frontOffice}>
            <Button size="sm" onClick={() => setOpening(true)}>
              {t('accounts.open')}
            </Button>
          </Authorization>
        )
      }
    >
      <AccountsTable
        query={accounts}
        emptyMessage={t('accounts.noneForClient')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {opening && products && (
        <OpenAccountDialog clientId={clientId} products={products} onClose={() => setOpening(false)} />
      )}
    </Section>
  );
}
