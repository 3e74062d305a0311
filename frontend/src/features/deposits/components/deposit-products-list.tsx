import { useTranslation } from 'react-i18next';

import { EditableList } from '@/components/ui/editable-list';
import { useDepositProducts } from '@/features/deposits/api/get-deposit-products';
import { DepositProductDialog } from '@/features/deposits/components/deposit-product-dialog';
import { useEnumLabel } from '@/lib/enum-labels';
import { DEFAULT_CURRENCY, formatMoney, formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

export function DepositProductsList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = useEnumLabel();
  const products = useDepositProducts({});
  const money = (amount: number) => formatMoney(amount, DEFAULT_CURRENCY, locale);

  return (
    <EditableList
      query={products}
      newLabel={t('depositProducts.new')}
      columnCount={7}
      headers={
        <>
          <th>{t('depositProducts.code')}</th>
          <th>{t('depositProducts.name')}</th>
          <th>{t('depositProducts.kind')}</th>
          <th className="text-end">{t('depositProducts.rateShort')}</th>
          <th className="text-end">{t('depositProducts.minimumBalanceShort')}</th>
          <th className="text-end">{t('depositProducts.openingFeeShort')}</th>
          <th className="text-end">{t('depositProducts.thresholdShort')}</th>
        </>
      }
      cells={(product) => (
        <>
          <td>{product.code}</td>
          <td>
            {product.name}
            {product.allowsSingleStepOpening && (
              <div className="small text-body-secondary">{t('depositProducts.singleStepShort')}</div>
            )}
          </td>
          <td>{label('DepositProductKind', product.kind)}</td>
          <td className="text-end text-nowrap">{formatPercent(product.annualInterestRatePercent, locale)}</td>
          <td className="text-end text-nowrap">{money(product.minimumBalance)}</td>
          <td className="text-end text-nowrap">{money(product.openingFee)}</td>
          <td className="text-end text-nowrap">
            {product.withdrawalApprovalThreshold === null || product.withdrawalApprovalThreshold === undefined
              ? t('depositProducts.noThreshold')
              : money(product.withdrawalApprovalThreshold)}
          </td>
        </>
      )}
      emptyMessage={t('depositProducts.empty')}
      renderDialog={(product, onClose) => <DepositProductDialog product={product} onClose={onClose} />}
    />
  );
}
