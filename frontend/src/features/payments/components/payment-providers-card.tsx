import Badge from 'react-bootstrap/Badge';
import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';

import { QueryTable } from '@/components/ui/paged-table';
import { ActiveBadge } from '@/components/ui/status-badge';
import { usePaymentProviders } from '@/features/payments/api/get-payment-providers';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/**
 * The institution's provider accounts, for its administrator, each with the deliveries its webhook refused (a forged
 * or badly signed notification, which changed nothing): how many, and the last one. On a phone the code and kind give way.
 */
export function PaymentProvidersCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const wide = 'd-none d-md-table-cell';
  return (
    <Card className="mb-4">
      <Card.Body>
        <Card.Title as="h2" className="h5">
          {t('payments.providers.title')}
        </Card.Title>
        <p className="small text-body-secondary">{t('payments.providers.hint')}</p>
        <QueryTable
          query={usePaymentProviders()}
          size="sm"
          className="align-middle mb-0"
          columnCount={6}
          headers={
            <>
              <th>{t('payments.providers.name')}</th>
              <th className={wide}>{t('payments.providers.code')}</th>
              <th className={wide}>{t('payments.providers.kind')}</th>
              <th>{t('common.status')}</th>
              <th className="text-end">{t('payments.providers.rejected')}</th>
              <th className={wide}>{t('payments.providers.lastRejected')}</th>
            </>
          }
          renderRow={(provider) => (
            <tr key={provider.id}>
              <td>{provider.name}</td>
              <td className={wide}>
                <code>{provider.code}</code>
              </td>
              <td className={wide}>{t(`providerKinds.${provider.kind}`, { defaultValue: provider.kind })}</td>
              <td>
                <ActiveBadge active={provider.isActive} />
              </td>
              <td className="text-end">
                <Badge bg={provider.rejectedDeliveries > 0 ? 'danger' : 'secondary'}>
                  {provider.rejectedDeliveries}
                </Badge>
              </td>
              <td className={wide}>
                {provider.lastRejectedAt ? (
                  <>
                    <span className="text-nowrap">{formatDateTime(provider.lastRejectedAt, locale)}</span>
                    {provider.lastRejectionReason && (
                      <div className="small text-body-secondary">
                        {t(`payments.rejectionReasons.${provider.lastRejectionReason}`, {
                          defaultValue: provider.lastRejectionReason,
                        })}
                      </div>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          )}
          emptyMessage={t('payments.providers.empty')}
        />
      </Card.Body>
    </Card>
  );
}
