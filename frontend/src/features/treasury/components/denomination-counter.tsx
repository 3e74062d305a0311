import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';

import type { Denomination } from '@/features/treasury/api/get-current-drawer';
import { countTotal, isValidPieces, type CountValues } from '@/features/treasury/components/counting';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const NUMBER_LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

type DenominationCounterProps = {
  denominations: readonly Denomination[];
  currency: string;
  values: CountValues;
  onChange: (code: string, value: string) => void;
};

/**
 * Cash counted note by note and coin by coin: one box per denomination with its line's amount, and the total as it is
 * typed. Three narrow columns, so that it fits a 360 px phone.
 */
export function DenominationCounter({ denominations, currency, values, onChange }: DenominationCounterProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const total = countTotal(denominations, values);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <div>
      {(['Note', 'Coin'] as const).map((kind) => {
        const ofKind = denominations.filter((d) => d.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <fieldset key={kind} className="mb-3">
            <legend className="form-label fs-6 fw-semibold mb-1">{t(`treasury.kinds.${kind}`)}</legend>
            {ofKind.map((denomination) => {
              const value = values[denomination.code] ?? '';
              const valid = isValidPieces(value);
              const label = t(`treasury.piece.${kind}`, { value: denomination.value.toLocaleString(NUMBER_LOCALES[locale]) });
              const line = valid && value.trim() !== '' ? denomination.value * Number(value) : 0;
              return (
                <div key={denomination.code} className="d-flex align-items-center gap-2 mb-1">
                  <Form.Label htmlFor={`count-${denomination.code}`} className="mb-0 flex-grow-1 small">
                    {label}
                  </Form.Label>
                  <Form.Control
                    id={`count-${denomination.code}`}
                    className="text-end"
                    style={{ width: '4.5rem' }}
                    inputMode="numeric"
                    autoComplete="off"
                    placeholder="0"
                    value={value}
                    isInvalid={!valid}
                    aria-describedby={valid ? undefined : `count-${denomination.code}-error`}
                    onChange={(event) => onChange(denomination.code, event.target.value)}
                  />
                  <span className="text-end text-nowrap small text-body-secondary" style={{ minWidth: '6rem' }}>
                    {money(line)}
                  </span>
                  {!valid && (
                    <span id={`count-${denomination.code}-error`} className="visually-hidden">
                      {t('treasury.invalidPieces')}
                    </span>
                  )}
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <p className="fw-semibold mb-0" role="status" aria-live="polite">
        {total === null ? t('treasury.totalInvalid') : t('treasury.total', { total: money(total) })}
      </p>
    </div>
  );
}
