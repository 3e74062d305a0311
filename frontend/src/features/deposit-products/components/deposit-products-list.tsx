import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { QueryTable } from '@/components/ui/paged-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { useDepositProducts, type DepositProduct } from '@/features/deposit-products/api/get-deposit-products';
import { DepositProductDialog } from '@/features/deposit-products/components/deposit-product-dialog';
import { DEFAULT_CURRENCY, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

export function DepositProductsList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const products = useDepositProducts({});
  const [dialog, setDialog] = useState<{ product?: DepositProduct } | null>(null);
  const money = (amount: number) => formatMoney(amount, DEFAULT_CURRENCY, locale);

  return (
    <>
      <div className="d-flex justify-content-end mb-3">
        <Button onClick={() => setDialog({})}>{t('depositProducts.new')}</Button>
      </div>
      <QueryTable
        query={products}
        hover
        className="align-middle"
        columnCount={9}
        headers={
          <>
            <th>{t('depositProducts.code')}</th>
            <th>{t('depositProducts.name')}</th>
            <th>{t('depositProducts.kind')}</th>
            <th className="text-end">{t('depositProducts.rateShort')}</th>
            <th className="text-end">{t('depositProducts.minimumBalanceShort')}</th>
            <th className="text-end">{t('depositProducts.openingFeeShort')}</th>
            <th className="text-end">{t('depositProducts.thresholdShort')}</th>
            <th>{t('common.status')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(product) => (
          <tr key={product.id}>
            <td>{product.code}</td>
            <td>
              {product.name}
              {product.allowsSingleStepOpening && (
                <div className="small text-body-secondary">{t('depositProducts.singleStepShort')}</div>
              )}
            </td>
            <td>{t(`productKinds.${product.kind}`)}</td>
            <td className="text-end text-nowrap">
              {t('depositProducts.ratePercent', { rate: product.annualInterestRatePercent })}
            </td>
            <td className="text-end text-nowrap">{money(product.minimumBalance)}</td>
            <td className="text-end text-nowrap">{money(product.openingFee)}</td>
            <td className="text-end text-nowrap">
              {product.withdrawalApprovalThreshold === null || product.withdrawalApprovalThreshold === undefined
                ? t('depositProducts.noThreshold')
                : money(product.withdrawalApprovalThreshold)}
            </td>
            <td>
              <StatusBadge
                active={product.isActive}
                label={t(product.isActive ? 'common.active' : 'common.inactive')}
              />
            </td>
            <td className="text-end">
              <Button variant="link" size="sm" onClick={() => setDialog({ product })}>
                {t('common.edit')}
              </Button>
            </td>
          </tr>
        )}
        emptyMessage={t('depositProducts.empty')}
      />
      {dialog && <DepositProductDialog product={dialog.product} onClose={() => setDialog(null)} />}
    </>
  );
}
