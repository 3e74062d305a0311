import { useTranslation } from 'react-i18next';

import { EditableList } from '@/components/ui/editable-list';
import { useLoanProducts, type LoanProduct } from '@/features/loans/api/get-loan-products';
import { LoanProductDialog } from '@/features/loans/components/loan-product-dialog';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatMoney, formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** The penalty rule in words: "0,1 % a day", "2 000 FCFA per late installment" or none. */
function usePenaltyLabel(currency: string) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (product: LoanProduct) =>
    t(`loanProducts.penalties.${product.penaltyKind}`, {
      rate: formatPercent(product.penaltyValue, locale),
      amount: formatMoney(product.penaltyValue, currency, locale),
    });
}

/** The institution's loan products, with their bounds and rules; the administrator creates and edits them here. */
export function LoanProductsList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const products = useLoanProducts();
  const penaltyLabel = usePenaltyLabel(currency);
  const money = (amount: number) => formatMoney(amount, currency, locale);

  return (
    <EditableList
      query={products}
      newLabel={t('loanProducts.new')}
      columnCount={6}
      headers={
        <>
          <th>{t('loanProducts.code')}</th>
          <th>{t('loanProducts.name')}</th>
          <th className="text-end">{t('loanProducts.amounts')}</th>
          <th>{t('loanProducts.installments')}</th>
          <th className="text-end">{t('loanProducts.rates')}</th>
          <th>{t('loanProducts.feesAndPenalties')}</th>
        </>
      }
      cells={(product) => (
        <>
          <td>{product.code}</td>
          <td>
            {product.name}
            <div className="small text-body-secondary">
              {t(`interestMethods.${product.interestMethod}`)}, {t(`amortizations.${product.amortization}`)}
            </div>
          </td>
          <td className="text-end text-nowrap">
            {money(product.minAmount)} – {money(product.maxAmount)}
          </td>
          <td className="text-nowrap">
            {t('loanProducts.installmentRange', {
              min: product.minInstallments,
              max: product.maxInstallments,
              frequency: t(`frequencies.${product.frequency}`),
            })}
          </td>
          <td className="text-end text-nowrap">
            {formatPercent(product.minRatePercent, locale)} – {formatPercent(product.maxRatePercent, locale)}
          </td>
          <td>
            {t('loanProducts.feeValue', { rate: formatPercent(product.processingFeePercent, locale) })}
            <div className="small text-body-secondary">{penaltyLabel(product)}</div>
          </td>
        </>
      )}
      emptyMessage={t('loanProducts.empty')}
      renderDialog={(product, onClose) => <LoanProductDialog product={product} onClose={onClose} />}
    />
  );
}
