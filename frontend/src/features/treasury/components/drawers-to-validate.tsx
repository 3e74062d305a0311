import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PagedTable } from '@/components/ui/paged-table';
import { Section } from '@/components/ui/section';
import { useCashDrawers } from '@/features/treasury/api/get-cash-drawers';
import type { CashDrawer } from '@/features/treasury/api/get-current-drawer';
import { useValidateDrawer } from '@/features/treasury/api/validate-drawer';
import { DifferenceText } from '@/features/treasury/components/difference-text';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;

/** Closed drawers waiting for a supervisor's check, newest first: expected, counted, difference, and "Validate". */
export function DrawersToValidate({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<CashDrawer | null>(null);
  const drawers = useCashDrawers({ status: 'Closed', page, pageSize: PAGE_SIZE });
  const validate = useValidateDrawer();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const cancel = () => {
    validate.reset();
    setChosen(null);
  };

  return (
    <Section title={t('treasury.validation.title')}>
      <PagedTable
        query={drawers}
        className="align-middle"
        columnCount={5}
        headers={
          <>
            <th>{t('treasury.holder')}</th>
            <th className="text-end">{t('treasury.expected')}</th>
            <th className="text-end">{t('treasury.counted')}</th>
            <th>{t('treasury.difference')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(drawer) => (
          <tr key={drawer.id}>
            <td>
              {drawer.userName}
              <span className="d-block small text-body-secondary">
                {formatDate(drawer.businessDate, locale)} {drawer.branchName ? `· ${drawer.branchName}` : ''}
              </span>
            </td>
            <td className="text-end text-nowrap">{money(drawer.expectedCash)}</td>
            <td className="text-end text-nowrap">{money(drawer.countedCash ?? 0)}</td>
            <td>
              <DifferenceText difference={drawer.difference ?? 0} currency={currency} />
              {drawer.closingNote && <span className="d-block small text-body-secondary">{drawer.closingNote}</span>}
            </td>
            <td className="text-end">
              <Button size="sm" onClick={() => setChosen(drawer)}>
                {t('treasury.validation.validate')}
              </Button>
            </td>
          </tr>
        )}
        emptyMessage={t('treasury.validation.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {chosen && (
        <ConfirmDialog
          title={t('treasury.validation.confirmTitle')}
          message={t('treasury.validation.confirmMessage', { name: chosen.userName ?? '' })}
          confirmLabel={t('treasury.validation.validate')}
          variant="primary"
          isPending={validate.isPending}
          error={validate.error}
          onCancel={cancel}
          onConfirm={() => validate.mutate({ id: chosen.id }, { onSuccess: cancel })}
        >
          <p className="mt-2 mb-0">
            <DifferenceText difference={chosen.difference ?? 0} currency={currency} />
          </p>
        </ConfirmDialog>
      )}
    </Section>
  );
}
