import type { ReactNode } from 'react';
import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList, type Detail } from '@/components/ui/details-list';
import { PdfDownloadButton } from '@/components/ui/pdf-download-button';
import { PrintButton } from '@/components/ui/print-button';
import { QueryView } from '@/components/ui/query-view';
import { paths } from '@/config/paths';
import { useAccount } from '@/features/deposits/api/get-account';
import { downloadOpeningFeeReceiptPdf } from '@/features/deposits/api/download-opening-fee-receipt-pdf';
import { downloadReceiptPdf } from '@/features/deposits/api/download-receipt-pdf';
import type { Account } from '@/features/deposits/api/get-accounts';
import { useTransaction, type Transaction } from '@/features/deposits/api/get-transaction';
import { ReverseTransactionAction } from '@/features/deposits/components/reverse-transaction-dialog';
import { useCurrentUser } from '@/lib/auth';
import type { DownloadedFile } from '@/lib/download';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type ReceiptCardProps = {
  title: string;
  /** The account's id: the receipt names its branch, where the client banks, and leads back to it. */
  accountId: string;
  details: Detail[];
  /** Under the details: what happened to the operation since (a reversal). */
  note?: ReactNode;
  /** Beside Print: what may still be done with the operation. */
  actions?: ReactNode;
  /** The receipt as the API prints it, when it has one. */
  pdf?: () => Promise<DownloadedFile>;
};

/** A receipt as printed for the client: the institution and branch, the title, the details, then Print and Back. */
function ReceiptCard({ title, accountId, details, note, actions, pdf }: ReceiptCardProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const account = useAccount(accountId);
  return (
    <>
      <Card className="mb-3">
        <Card.Body>
          <div className="text-center mb-3">
            <p className="fw-bold fs-5 mb-0">{user.institutionName}</p>
            <p className="text-body-secondary mb-2">{account.data?.branchName}</p>
            <h1 className="h4 mb-0">{title}</h1>
          </div>
          <DetailsList details={details} />
          {note}
        </Card.Body>
      </Card>
      <div className="d-flex flex-wrap gap-2 d-print-none">
        <PrintButton />
        {pdf && <PdfDownloadButton download={pdf} />}
        {actions}
        <Link to={paths.account.getHref(accountId)} className="btn btn-outline-secondary">
          {t('receipts.backToAccount')}
        </Link>
      </div>
    </>
  );
}

function TransactionReceipt({ transaction }: { transaction: Transaction }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, transaction.currency, locale);

  return (
    <ReceiptCard
      title={t(`receipts.titles.${transaction.type}`)}
      accountId={transaction.accountId}
      details={[
        { label: t('receipts.journalEntry'), value: `N° ${transaction.journalEntryNumber}` },
        { label: t('receipts.date'), value: formatDateTime(transaction.createdAt, locale) },
        { label: t('receipts.valueDate'), value: formatDate(transaction.valueDate, locale) },
        { label: t('accounts.client'), value: transaction.clientName },
        { label: t('accounts.number'), value: transaction.accountNumber },
        { label: t('operations.channel'), value: transaction.channel && t(`channels.${transaction.channel}`) },
        { label: t('operations.reference'), value: transaction.reference },
        { label: t('operations.amount'), value: <strong className="fs-5">{money(transaction.amount)}</strong> },
        { label: t('receipts.balanceAfter'), value: money(transaction.balanceAfter) },
      ]}
      note={
        transaction.reversedAt && (
          <p className="text-danger mt-3 mb-0">
            {t('receipts.reversed', { date: formatDateTime(transaction.reversedAt, locale) })}{' '}
            {transaction.reversalReason}
          </p>
        )
      }
      actions={<ReverseTransactionAction transaction={transaction} />}
      pdf={() => downloadReceiptPdf(transaction.id)}
    />
  );
}

/** The receipt of a movement, as printed for the client. */
export function Receipt({ transactionId }: { transactionId: string }) {
  return (
    <QueryView query={useTransaction(transactionId)}>
      {(transaction) => <TransactionReceipt transaction={transaction} />}
    </QueryView>
  );
}

/**
 * The receipt of the opening fee paid at activation: paid through a channel rather than from the account (which
 * starts empty), it is no movement of the statement, so its receipt comes from the account itself.
 */
export function OpeningFeeReceipt({ account }: { account: Account }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!account.openingFeePaid) return <p className="text-body-secondary">{t('openingFee.none')}</p>;
  return (
    <ReceiptCard
      title={t('openingFee.receiptTitle')}
      accountId={account.id}
      details={[
        { label: t('receipts.journalEntry'), value: account.openingFeeEntryNumber && `N° ${account.openingFeeEntryNumber}` },
        { label: t('receipts.date'), value: account.activatedAt && formatDateTime(account.activatedAt, locale) },
        { label: t('accounts.client'), value: account.clientName },
        { label: t('accounts.number'), value: account.number },
        { label: t('accounts.product'), value: account.productName },
        { label: t('operations.channel'), value: account.openingFeeChannel && t(`channels.${account.openingFeeChannel}`) },
        {
          label: t('operations.amount'),
          value: <strong className="fs-5">{formatMoney(account.openingFeePaid, account.currency, locale)}</strong>,
        },
      ]}
      pdf={() => downloadOpeningFeeReceiptPdf(account.id)}
    />
  );
}
