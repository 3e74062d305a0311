import Alert from 'react-bootstrap/Alert';
import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList } from '@/components/ui/details-list';
import { paths } from '@/config/paths';
import type { Account } from '@/features/deposits/api/get-accounts';
import { AccountStatusBadge } from '@/features/deposits/components/account-status-badge';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** The balance first, then what the account is and where it stands in its lifecycle. */
export function AccountSummary({ account }: { account: Account }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : null);
  const money = (amount: number) => formatMoney(amount, account.currency, locale);
  return (
    <Card className="mb-4">
      <Card.Body>
        <p className="text-body-secondary mb-1">{t('accounts.balance')}</p>
        <p className="display-6 mb-3">{money(account.balance)}</p>
        {account.status === 'Active' && account.balance < account.minimumBalance && (
          <Alert variant="warning">{t('openingFee.belowMinimum', { minimum: money(account.minimumBalance) })}</Alert>
        )}
        <DetailsList
          details={[
            { label: t('common.status'), value: <AccountStatusBadge status={account.status} /> },
            {
              label: t('accounts.client'),
              value: (
                <Link to={paths.client.getHref(account.clientId)}>
                  {account.clientName} ({account.clientNumber})
                </Link>
              ),
            },
            {
              label: t('accounts.product'),
              value: `${account.productName} (${t(`productKinds.${account.productKind}`)})`,
            },
            { label: t('accounts.branch'), value: account.branchName },
            { label: t('accounts.requestedAt'), value: date(account.requestedAt) },
            { label: t('accounts.approvedAt'), value: date(account.approvedAt) },
            { label: t('accounts.activatedAt'), value: date(account.activatedAt) },
            { label: t('accounts.minimumBalance'), value: money(account.minimumBalance) },
            ...(account.openingFeePaid
              ? [
                  {
                    label: t('openingFee.paid'),
                    value: (
                      <>
                        {t('openingFee.paidValue', {
                          amount: money(account.openingFeePaid),
                          channel: account.openingFeeChannel ? t(`channels.${account.openingFeeChannel}`) : '—',
                          number: account.openingFeeEntryNumber ?? '—',
                        })}{' '}
                        <Link to={paths.openingFeeReceipt.getHref(account.id)} className="d-print-none">
                          {t('openingFee.receipt')}
                        </Link>
                      </>
                    ),
                  },
                ]
              : []),
            ...(account.closedAt ? [{ label: t('accounts.closedAt'), value: date(account.closedAt) }] : []),
            ...(account.rejectedAt
              ? [
                  { label: t('accounts.rejectedAt'), value: date(account.rejectedAt) },
                  { label: t('accounts.rejectionReason'), value: account.rejectionReason },
                ]
              : []),
          ]}
        />
      </Card.Body>
    </Card>
  );
}
