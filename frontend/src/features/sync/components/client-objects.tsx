import type { ReactNode } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';

import { Section } from '@/components/ui/section';
import type { Target } from '@/features/sync/targets';
import type { OperationKind, WorkingDataAnswer, WorkingClient } from '@/features/sync/types';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type ClientObjectsProps = {
  client: WorkingClient;
  data: WorkingDataAnswer;
  /** While a refused operation is corrected, only objects of its kind take an operation. */
  onlyKind?: OperationKind;
  onRecord: (target: Target) => void;
};

function Row({ title, lines, action }: { title: string; lines: ReactNode[]; action: ReactNode }) {
  return (
    <ListGroup.Item className="d-flex flex-wrap justify-content-between align-items-center gap-2">
      <div className="text-break">
        <span className="fw-semibold">{title}</span>
        {lines.map((line, index) => (
          <span key={index} className="d-block small text-body-secondary">
            {line}
          </span>
        ))}
      </div>
      {action}
    </ListGroup.Item>
  );
}

/** The client's accounts, loans and tontine participations, as last known, each with the operation it takes. */
export function ClientObjects({ client, data, onlyKind, onRecord }: ClientObjectsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, data.institution.currency, locale);
  const accounts = data.accounts.filter((account) => account.clientId === client.id);
  const loans = data.loans.filter((loan) => loan.clientId === client.id);
  const participants = data.tontineParticipants.filter((participant) => participant.clientId === client.id);
  const allowed = (kind: OperationKind) => !onlyKind || onlyKind === kind;
  const action = (kind: OperationKind, target: Target) => (
    <Button size="sm" disabled={!allowed(kind)} onClick={() => onRecord(target)}>
      {t(`sync.actions.${kind}`)}
    </Button>
  );

  return (
    <>
      <Section title={t('sync.client.accounts')}>
        {accounts.length === 0 ? (
          <p className="text-body-secondary">{t('sync.client.noAccounts')}</p>
        ) : (
          <ListGroup>
            {accounts.map((account) => (
              <Row
                key={account.id}
                title={`${account.number} — ${account.productName}`}
                lines={[t('sync.client.balanceLine', { amount: money(account.balance) })]}
                action={action('Deposit', { kind: 'Deposit', account })}
              />
            ))}
          </ListGroup>
        )}
      </Section>
      <Section title={t('sync.client.loans')}>
        {loans.length === 0 ? (
          <p className="text-body-secondary">{t('sync.client.noLoans')}</p>
        ) : (
          <ListGroup>
            {loans.map((loan) => (
              <Row
                key={loan.id}
                title={loan.number}
                lines={[
                  loan.nextInstallment
                    ? t('sync.client.nextLine', {
                        number: loan.nextInstallment.number,
                        date: formatDate(loan.nextInstallment.dueDate, locale),
                        amount: money(loan.nextInstallment.amountDue),
                      })
                    : t('sync.client.noNext'),
                  loan.amountOverdue > 0 ? (
                    <Badge bg="danger" className="text-wrap">
                      {t('sync.client.overdueLine', { amount: money(loan.amountOverdue) })}
                    </Badge>
                  ) : (
                    t('sync.client.upToDate')
                  ),
                ]}
                action={action('LoanRepayment', { kind: 'LoanRepayment', loan })}
              />
            ))}
          </ListGroup>
        )}
      </Section>
      <Section title={t('sync.client.tontines')}>
        {participants.length === 0 ? (
          <p className="text-body-secondary">{t('sync.client.noTontines')}</p>
        ) : (
          <ListGroup>
            {participants.map((participant) => (
              <Row
                key={participant.id}
                title={participant.tontineName}
                lines={[
                  t('sync.client.dailyLine', {
                    amount: money(participant.dailyAmount),
                    // The booklet counts every cell since joining: this cycle's are what the page shows.
                    filled: participant.cellsFilled - (participant.cycleNumber - 1) * participant.cellsPerCycle,
                    cells: participant.cellsPerCycle,
                    cycle: participant.cycleNumber,
                  }),
                  participant.collectedToday > 0
                    ? t('sync.client.collectedToday', { amount: money(participant.collectedToday) })
                    : t('sync.client.notCollectedToday'),
                ]}
                action={action('TontineContribution', { kind: 'TontineContribution', participant })}
              />
            ))}
          </ListGroup>
        )}
      </Section>
    </>
  );
}
