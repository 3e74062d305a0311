import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import ListGroup from 'react-bootstrap/ListGroup';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageSpinner } from '@/components/ui/page-spinner';
import { Section } from '@/components/ui/section';
import { useAutoMatchBankStatement } from '@/features/accounting/api/auto-match-bank-statement';
import {
  useBankReconciliation,
  type BankBookLine,
  type BankReconciliation as Reconciliation,
  type BankStatementLine,
} from '@/features/accounting/api/get-bank-reconciliation';
import { useBankStatementFormat } from '@/features/accounting/api/get-bank-statement-format';
import { useGlAccounts } from '@/features/accounting/api/get-gl-accounts';
import { useMatchBankStatementLine } from '@/features/accounting/api/match-bank-statement-line';
import { useUnmatchBankStatementLine } from '@/features/accounting/api/unmatch-bank-statement-line';
import { BankStatementImport } from '@/features/accounting/components/bank-statement-import';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { DEFAULT_CURRENCY, formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** The bank account the page opens on: the one in the address, else the chart's 111 (banks), else the first treasury account. */
function useBankAccount() {
  const [params, setParams] = useSearchParams();
  const chart = useGlAccounts({ class: 1 });
  const banks = (chart.data ?? []).filter((account) => account.type === 'Asset');
  const chosen = params.get('account') ?? banks.find((account) => account.code === '111')?.id ?? banks[0]?.id ?? '';
  const choose = (id: string) => setParams({ account: id }, { replace: true });
  return { banks, chosen, choose, loading: chart.isPending };
}

/**
 * The reconciliation workbench of a bank GL account: import a statement, the balances and their proof, the matcher's
 * suggestions to confirm one by one (or all at once), the unmatched lines of each side side by side (stacked on a
 * phone) to pair by hand, and the recorded matches to undo. Nothing here posts an entry.
 */
export function BankReconciliation() {
  const { t } = useTranslation();
  const { banks, chosen, choose, loading } = useBankAccount();
  const [to, setTo] = useState('');
  const mayReconcile = useIsAllowed(POLICIES.bankReconciliation);
  const reconciliation = useBankReconciliation(chosen, to ? { to } : {});
  const format = useBankStatementFormat(chosen);

  if (loading) return <PageSpinner />;
  return (
    <>
      <Row className="g-2 mb-3 align-items-end">
        <Col xs={12} md={6}>
          <Form.Group controlId="bank-account">
            <Form.Label>{t('bankReconciliation.account')}</Form.Label>
            <Form.Select value={chosen} onChange={(event) => choose(event.target.value)}>
              {banks.map((account) => (
                <option key={account.id} value={account.id}>
                  {account.code} {account.name}
                </option>
              ))}
            </Form.Select>
          </Form.Group>
        </Col>
        <Col xs={12} md={3}>
          <Form.Group controlId="bank-reconciliation-date">
            <Form.Label>{t('bankReconciliation.asOf')}</Form.Label>
            <Form.Control type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </Form.Group>
        </Col>
      </Row>
      {mayReconcile && format.data && <BankStatementImport glAccountId={chosen} format={format.data} />}
      <ErrorAlert error={reconciliation.error ?? format.error} />
      {reconciliation.data && <Workbench reconciliation={reconciliation.data} mayReconcile={mayReconcile} />}
    </>
  );
}

function Workbench({ reconciliation: r, mayReconcile }: { reconciliation: Reconciliation; mayReconcile: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, DEFAULT_CURRENCY, locale);
  const autoMatch = useAutoMatchBankStatement(r.glAccountId);
  const match = useMatchBankStatementLine(r.glAccountId);
  const unmatch = useUnmatchBankStatementLine(r.glAccountId);
  const [statementLineId, setStatementLineId] = useState('');
  const [journalLineId, setJournalLineId] = useState('');
  const statementById = new Map(r.statementLines.map((line) => [line.id, line]));
  const pair = (statement: string, journal: string) =>
    match.mutate(
      { statementLineId: statement, journalLineId: journal },
      {
        onSuccess: () => {
          setStatementLineId('');
          setJournalLineId('');
        },
      },
    );

  return (
    <>
      <Card body className="mb-4" role="group" aria-label={t('bankReconciliation.balances.title')}>
        <dl className="row mb-0">
          {(
            [
              ['book', r.bookBalance],
              ['unmatchedBook', -r.unmatchedBookTotal],
              ['unmatchedStatement', r.unmatchedStatementTotal],
              ['reconciled', r.reconciledBalance],
              ['statement', r.statementBalance],
              ['difference', r.difference],
            ] as const
          ).map(([key, amount]) => (
            <div key={key} className={`col-12 col-md-6 d-flex justify-content-between gap-2${key === 'reconciled' ? ' fw-semibold' : ''}`}>
              <dt className="fw-normal">{t(`bankReconciliation.balances.${key}`)}</dt>
              <dd className="mb-1 text-nowrap" data-testid={`balance-${key}`}>
                {money(amount)}
              </dd>
            </div>
          ))}
        </dl>
        <p className="small text-body-secondary mb-0 mt-2">
          {t('bankReconciliation.balances.asOf', { date: formatDate(r.to, locale) })}{' '}
          {r.difference === 0 ? t('bankReconciliation.balances.proven') : t('bankReconciliation.balances.notProven')}
        </p>
      </Card>

      <ErrorAlert error={match.error ?? unmatch.error ?? autoMatch.error} />

      <Section
        title={t('bankReconciliation.suggestions.title', { count: r.suggestions.length })}
        actions={
          mayReconcile && (
            <Button variant="primary" size="sm" disabled={autoMatch.isPending || r.suggestions.length === 0} onClick={() => autoMatch.mutate()}>
              {t('bankReconciliation.suggestions.acceptAll')}
            </Button>
          )
        }
      >
        {r.suggestions.length === 0 ? (
          <p className="text-body-secondary">{t('bankReconciliation.suggestions.none', { days: r.dateWindowDays })}</p>
        ) : (
          <ListGroup as="ul" aria-label={t('bankReconciliation.suggestions.title', { count: r.suggestions.length })}>
            {r.suggestions.map((suggestion) => {
              const line = statementById.get(suggestion.statementLineId);
              return (
                <ListGroup.Item as="li" key={suggestion.statementLineId} className="d-flex flex-wrap align-items-center gap-2">
                  <div className="flex-grow-1 text-break">
                    {line && <StatementLineText line={line} />}
                    <div className="small">
                      ↔ <JournalLineText line={suggestion.journalLine} />
                      {suggestion.byReference && (
                        <Badge bg="info" className="ms-2">
                          {t('bankReconciliation.suggestions.byReference')}
                        </Badge>
                      )}
                    </div>
                  </div>
                  {mayReconcile && (
                    <Button
                      size="sm"
                      variant="outline-success"
                      disabled={match.isPending}
                      onClick={() => pair(suggestion.statementLineId, suggestion.journalLine.journalLineId)}
                      aria-label={t('bankReconciliation.suggestions.confirmFor', { label: line?.label ?? '' })}
                    >
                      {t('bankReconciliation.suggestions.confirm')}
                    </Button>
                  )}
                </ListGroup.Item>
              );
            })}
          </ListGroup>
        )}
      </Section>

      <Row xs={1} lg={2} className="g-3 mb-3">
        <Col>
          <Section title={t('bankReconciliation.statementSide', { count: r.unmatchedStatementCount })}>
            <ListGroup as="ul" aria-label={t('bankReconciliation.statementSide', { count: r.unmatchedStatementCount })}>
              {r.statementLines.map((line) => (
                <ListGroup.Item as="li" key={line.id} className="text-break">
                  <Form.Check
                    type="radio"
                    name="statement-line"
                    id={`statement-${line.id}`}
                    disabled={!mayReconcile || !!line.matchedJournalLineId}
                    checked={statementLineId === line.id}
                    onChange={() => setStatementLineId(line.id)}
                    label={<StatementLineText line={line} />}
                  />
                  {line.matchedJournalLineId && <Badge bg="secondary">{t('bankReconciliation.matchedAfterDate')}</Badge>}
                </ListGroup.Item>
              ))}
              {r.statementLines.length === 0 && <ListGroup.Item as="li" className="text-body-secondary">{t('bankReconciliation.nothingLeft')}</ListGroup.Item>}
            </ListGroup>
          </Section>
        </Col>
        <Col>
          <Section title={t('bankReconciliation.bookSide', { count: r.unmatchedBookCount })}>
            <ListGroup as="ul" aria-label={t('bankReconciliation.bookSide', { count: r.unmatchedBookCount })}>
              {r.bookLines.map((line) => (
                <ListGroup.Item as="li" key={line.journalLineId} className="text-break">
                  <Form.Check
                    type="radio"
                    name="journal-line"
                    id={`journal-${line.journalLineId}`}
                    disabled={!mayReconcile}
                    checked={journalLineId === line.journalLineId}
                    onChange={() => setJournalLineId(line.journalLineId)}
                    label={<JournalLineText line={line} />}
                  />
                </ListGroup.Item>
              ))}
              {r.bookLines.length === 0 && <ListGroup.Item as="li" className="text-body-secondary">{t('bankReconciliation.nothingLeft')}</ListGroup.Item>}
            </ListGroup>
          </Section>
        </Col>
      </Row>
      {mayReconcile && (
        <div className="d-flex flex-wrap gap-2 mb-4">
          <Button disabled={!statementLineId || !journalLineId || match.isPending} onClick={() => pair(statementLineId, journalLineId)}>
            {t('bankReconciliation.matchSelected')}
          </Button>
        </div>
      )}

      <Section title={t('bankReconciliation.matches.title', { count: r.matches.length })}>
        {r.matches.length === 0 ? (
          <p className="text-body-secondary">{t('bankReconciliation.matches.none')}</p>
        ) : (
          <ListGroup as="ul" aria-label={t('bankReconciliation.matches.title', { count: r.matches.length })}>
            {r.matches.map((pairOf) => (
              <ListGroup.Item as="li" key={pairOf.statementLine.id} className="d-flex flex-wrap align-items-center gap-2">
                <div className="flex-grow-1 text-break">
                  <StatementLineText line={pairOf.statementLine} />
                  <div className="small">
                    ↔ <JournalLineText line={pairOf.journalLine} />
                  </div>
                  <div className="small text-body-secondary">
                    {t(pairOf.statementLine.matchedAutomatically ? 'bankReconciliation.matches.auto' : 'bankReconciliation.matches.manual', {
                      name: pairOf.matchedByName ?? '—',
                      date: pairOf.statementLine.matchedAt ? formatDateTime(pairOf.statementLine.matchedAt, locale) : '',
                    })}
                  </div>
                </div>
                {mayReconcile && (
                  <Button
                    size="sm"
                    variant="outline-danger"
                    disabled={unmatch.isPending}
                    onClick={() => unmatch.mutate(pairOf.statementLine.id)}
                    aria-label={t('bankReconciliation.matches.undoFor', { label: pairOf.statementLine.label })}
                  >
                    {t('bankReconciliation.matches.undo')}
                  </Button>
                )}
              </ListGroup.Item>
            ))}
          </ListGroup>
        )}
      </Section>
    </>
  );
}

/** A statement line: its date, label and reference, and its amount (money in positive). */
function StatementLineText({ line }: { line: BankStatementLine }) {
  const locale = useLocale();
  return (
    <span>
      <span className="text-nowrap">{formatDate(line.date, locale)}</span> · {line.label}
      {line.reference && <span className="text-body-secondary"> ({line.reference})</span>} ·{' '}
      <strong className={`text-nowrap ${line.amount < 0 ? 'text-danger' : 'text-success'}`}>{formatMoney(line.amount, DEFAULT_CURRENCY, locale)}</strong>
    </span>
  );
}

/** A journal line of the bank account: its entry, and its movement signed as the bank sees it (a debit is money in). */
function JournalLineText({ line }: { line: BankBookLine }) {
  const locale = useLocale();
  const movement = line.debit - line.credit;
  return (
    <span>
      <span className="text-nowrap">{formatDate(line.valueDate, locale)}</span> · N° {line.entryNumber} — {line.description}
      {line.reference && <span className="text-body-secondary"> ({line.reference})</span>} ·{' '}
      <strong className={`text-nowrap ${movement < 0 ? 'text-danger' : 'text-success'}`}>{formatMoney(movement, DEFAULT_CURRENCY, locale)}</strong>
    </span>
  );
}
