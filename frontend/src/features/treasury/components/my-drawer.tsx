import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DetailsList } from '@/components/ui/details-list';
import { ErrorAlert } from '@/components/ui/error-alert';
import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import { useCloseDrawer } from '@/features/treasury/api/close-drawer';
import { useCurrentDrawer, type CashDrawer, type CurrentDrawer } from '@/features/treasury/api/get-current-drawer';
import { useOpenDrawer } from '@/features/treasury/api/open-drawer';
import { countTotal, toCounts, type CountValues } from '@/features/treasury/components/counting';
import { DenominationCounter } from '@/features/treasury/components/denomination-counter';
import { DifferenceText } from '@/features/treasury/components/difference-text';
import { TreasurySettingsCard } from '@/features/treasury/components/treasury-settings-card';
import { Authorization, POLICIES } from '@/lib/authorization';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** Opening: the float counted note by note, its total shown as typed, then opened. */
function OpenDrawer({ current }: { current: CurrentDrawer }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const open = useOpenDrawer();
  const [values, setValues] = useState<CountValues>({});
  const { denominations, currency } = current.settings;
  const total = countTotal(denominations, values);
  return (
    <Section title={t('treasury.open.title')}>
      <p>{t(current.settings.cashNeedsOpenDrawer ? 'treasury.open.required' : 'treasury.open.intro')}</p>
      <Card body className="mb-3">
        <DenominationCounter
          denominations={denominations}
          currency={currency}
          values={values}
          onChange={(code, value) => setValues((before) => ({ ...before, [code]: value }))}
        />
      </Card>
      <ErrorAlert error={open.error} className="mb-3" />
      <Button
        disabled={total === null || open.isPending}
        onClick={() => open.mutate({ counts: toCounts(denominations, values) })}
      >
        {t('treasury.open.submit', { total: total === null ? '—' : formatMoney(total, currency, locale) })}
      </Button>
    </Section>
  );
}

/** The open session: its float, the cash recorded since, what should be in the drawer. */
function DrawerSummary({ drawer, currency }: { drawer: CashDrawer; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <Section title={t('treasury.current.title')}>
      <Card body className="mb-3">
        <DetailsList
          details={[
            { label: t('treasury.openedAt'), value: formatDateTime(drawer.openedAt, locale) },
            { label: t('treasury.openingFloat'), value: money(drawer.openingFloat) },
            { label: t('treasury.cashIn'), value: money(drawer.cashIn) },
            { label: t('treasury.cashOut'), value: money(drawer.cashOut) },
            { label: t('treasury.expected'), value: <strong className="fs-5">{money(drawer.expectedCash)}</strong> },
          ]}
        />
      </Card>
    </Section>
  );
}

/**
 * Closing: the cash counted, the difference from the expected cash shown as it is typed, then a confirmation that says
 * it again (its Idempotency-Key made once, so a retry closes once).
 */
type CloseDrawerProps = { drawer: CashDrawer; current: CurrentDrawer; onClosed: (closed: CashDrawer) => void };

function CloseDrawer({ drawer, current, onClosed }: CloseDrawerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const close = useCloseDrawer();
  const [values, setValues] = useState<CountValues>({});
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { denominations, currency } = current.settings;
  const counted = countTotal(denominations, values);
  const money = (amount: number) => formatMoney(amount, currency, locale);

  return (
    <Section title={t('treasury.close.title')}>
      <Card body className="mb-3">
        <DenominationCounter
          denominations={denominations}
          currency={currency}
          values={values}
          onChange={(code, value) => setValues((before) => ({ ...before, [code]: value }))}
        />
        {counted !== null && (
          <p className="mb-0 mt-1" data-testid="live-difference">
            {t('treasury.differenceLabel')} <DifferenceText difference={counted - drawer.expectedCash} currency={currency} />
          </p>
        )}
      </Card>
      <Form.Group className="mb-3" controlId="drawer-note">
        <Form.Label>{t('treasury.close.note')}</Form.Label>
        <Form.Control as="textarea" rows={2} maxLength={300} value={note} onChange={(e) => setNote(e.target.value)} />
      </Form.Group>
      <Button variant="warning" disabled={counted === null} onClick={() => setConfirming(true)}>
        {t('treasury.close.submit')}
      </Button>
      {confirming && counted !== null && (
        <ConfirmDialog
          title={t('treasury.close.confirmTitle')}
          message={t('treasury.close.confirmMessage')}
          confirmLabel={t('treasury.close.confirm')}
          variant="primary"
          isPending={close.isPending}
          error={close.error}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            close.mutate(
              { id: drawer.id, counts: toCounts(denominations, values), note: note.trim(), idempotencyKey },
              { onSuccess: onClosed },
            )
          }
        >
          <div className="mt-3">
            <DetailsList
              details={[
                { label: t('treasury.expected'), value: money(drawer.expectedCash) },
                { label: t('treasury.counted'), value: money(counted) },
                { label: t('treasury.difference'), value: <DifferenceText difference={counted - drawer.expectedCash} currency={currency} /> },
              ]}
            />
          </div>
        </ConfirmDialog>
      )}
    </Section>
  );
}

/** What the close recorded, kept on screen once the drawer is closed (the page then offers to open a new one). */
function ClosedDrawer({ closed, currency }: { closed: CashDrawer; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <Section title={t('treasury.close.doneTitle')}>
      <p className="text-success fw-semibold" role="status">
        {t('treasury.close.done')}
      </p>
      <Card body className="mb-3">
        <DetailsList
          details={[
            { label: t('treasury.expected'), value: money(closed.expectedCash) },
            { label: t('treasury.counted'), value: money(closed.countedCash ?? 0) },
            { label: t('treasury.difference'), value: <DifferenceText difference={closed.difference ?? 0} currency={currency} /> },
          ]}
        />
      </Card>
    </Section>
  );
}

/** "Ma caisse": open the drawer with a counted float, follow the expected cash, close it with a count. */
export function MyDrawer() {
  const current = useCurrentDrawer();
  const [closed, setClosed] = useState<CashDrawer | null>(null);
  return (
    <QueryView query={current}>
      {(data) => (
        <>
          {closed && <ClosedDrawer closed={closed} currency={data.settings.currency} />}
          {data.session ? (
            <>
              <DrawerSummary drawer={data.session} currency={data.settings.currency} />
              <CloseDrawer key={data.session.id} drawer={data.session} current={data} onClosed={setClosed} />
            </>
          ) : (
            <OpenDrawer current={data} />
          )}
          <Authorization allowed={POLICIES.treasurySettings}>
            <TreasurySettingsCard settings={data.settings} />
          </Authorization>
        </>
      )}
    </QueryView>
  );
}
