import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';

import { QueryView } from '@/components/ui/query-view';
import { StackedTable, type StackedColumn } from '@/components/ui/stacked-table';
import { paths } from '@/config/paths';
import type { Anomaly } from '@/features/anomalies/api/get-anomalies';
import { useClientMovements, type ClientMovement } from '@/features/anomalies/api/get-client-movements';
import { OPERATION_TYPES } from '@/features/anomalies/components/anomaly-subjects';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatDate, formatMoney, formatShortDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** The client's history shown around the situation: six months before it, a month after (the finding may follow). */
const DAYS_BEFORE = 180;
const DAYS_AFTER = 30;
const DAY_MS = 86_400_000;

function shift(day: string, days: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function movementHref(movement: ClientMovement) {
  if (movement.source === 'LoanRepayment' && movement.loanId)
    return paths.repaymentReceipt.getHref(movement.loanId, movement.id);
  return movement.accountId ? paths.receipt.getHref(movement.id) : undefined;
}

/** The client's movements as points over time (credits, debits, and the finding's own operations standing out). */
function HistoryChart({
  movements,
  flagged,
  from,
  to,
}: {
  movements: readonly ClientMovement[];
  flagged: ReadonlySet<string>;
  from: string;
  to: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const point = (movement: ClientMovement) => ({
    time: Date.parse(`${movement.valueDate}T00:00:00Z`),
    amount: Number(movement.amount),
  });
  const series = [
    { name: t('anomalies.credits'), color: '#198754', size: 40, items: movements.filter((m) => m.isCredit && !flagged.has(m.id)) },
    { name: t('anomalies.debits'), color: '#0d6efd', size: 40, items: movements.filter((m) => !m.isCredit && !flagged.has(m.id)) },
    { name: t('anomalies.flaggedOperations'), color: '#dc3545', size: 160, items: movements.filter((m) => flagged.has(m.id)) },
  ].filter((s) => s.items.length > 0);
  const compact = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { notation: 'compact', maximumFractionDigits: 1 });
  const day = (time: number) => formatShortDate(new Date(time).toISOString().slice(0, 10), locale);
  return (
    <div style={{ width: '100%', height: 240 }} aria-hidden="true">
      <ResponsiveContainer>
        <ScatterChart margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="time"
            type="number"
            domain={[Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)]}
            tickCount={5}
            tick={{ fontSize: 11 }}
            tickFormatter={day}
          />
          <YAxis dataKey="amount" type="number" tick={{ fontSize: 11 }} width={44} tickFormatter={(value: number) => compact.format(value)} />
          <ZAxis range={[40, 160]} />
          <Tooltip
            formatter={(value, name) =>
              name === 'time' && typeof value === 'number'
                ? day(value)
                : typeof value === 'number'
                  ? formatMoney(value, currency, locale)
                  : String(value)
            }
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Scatter key={s.name} name={s.name} data={s.items.map(point)} fill={s.color} isAnimationActive={false} />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * A finding's evidence: the operations it names (from the client's movements, linked to their receipts), and the
 * client's movements over the months around the situation, as a chart — what "unusual" is measured against. A finding
 * about no client (an agent's reversal rate) has only its figures.
 */
export function AnomalyEvidence({ anomaly }: { anomaly: Anomaly }) {
  const { t } = useTranslation();
  if (!anomaly.clientId) return <p className="text-body-secondary">{t('anomalies.noClientHistory')}</p>;
  return <ClientEvidence anomaly={anomaly} clientId={anomaly.clientId} />;
}

function ClientEvidence({ anomaly, clientId }: { anomaly: Anomaly; clientId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const period = { from: shift(anomaly.occurredOn, -DAYS_BEFORE), to: shift(anomaly.occurredOn, DAYS_AFTER) };
  const movements = useClientMovements({ clientId, ...period });
  const flagged = new Set(anomaly.subjects.filter((s) => OPERATION_TYPES.includes(s.type)).map((s) => s.id));
  const columns: StackedColumn<ClientMovement>[] = [
    { header: t('anomalies.valueDate'), cell: (m) => <span className="text-nowrap">{formatDate(m.valueDate, locale)}</span> },
    {
      header: t('anomalies.operation'),
      cell: (m) => {
        const href = movementHref(m);
        const label = t(`transactionTypes.${m.type}`);
        return href ? <Link to={href}>{label}</Link> : label;
      },
    },
    { header: t('anomalies.accountOrLoan'), cell: (m) => m.accountNumber ?? m.loanNumber ?? '—' },
    { header: t('anomalies.channel'), cell: (m) => (m.channel ? t(`channels.${m.channel}`) : '—') },
    { header: t('anomalies.recordedAt'), cell: (m) => <span className="text-nowrap">{formatDate(m.createdAt, locale)}</span> },
    { header: t('anomalies.amount'), numeric: true, cell: (m) => formatMoney(m.amount, currency, locale) },
  ];
  return (
    <QueryView query={movements}>
      {(data) => {
        const operations = data.items.filter((m) => flagged.has(m.id));
        return (
          <>
            {flagged.size > 0 && (
              <>
                <h3 className="h6">{t('anomalies.operations')}</h3>
                <StackedTable
                  items={operations}
                  columns={columns}
                  rowKey={(m) => m.id}
                  emptyMessage={t('anomalies.operationsOutsideHistory')}
                />
              </>
            )}
            <h3 className="h6">
              {t('anomalies.clientHistory', { from: formatDate(period.from, locale), to: formatDate(period.to, locale) })}
            </h3>
            {data.items.length === 0 ? (
              <p className="text-body-secondary">{t('anomalies.noMovements')}</p>
            ) : (
              <>
                <HistoryChart movements={data.items} flagged={flagged} {...period} />
                {data.totalCount > data.items.length && (
                  <p className="small text-body-secondary">
                    {t('anomalies.latestMovements', { count: data.items.length, total: data.totalCount })}
                  </p>
                )}
                <p className="small mb-0">
                  <Link to={paths.client.getHref(clientId)}>{t('anomalies.clientPage')}</Link>
                </p>
              </>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
