import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { useVerifyLedger } from '@/features/accounting/api/verify-ledger';

/** Runs every ledger invariant on demand and lists each check with its outcome. */
export function VerifyLedgerPanel() {
  const { t } = useTranslation();
  const verify = useVerifyLedger();
  const result = verify.data;

  return (
    <section aria-label={t('ledger.verifyTitle')} className="mb-4 d-print-none">
      <Button variant="outline-primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
        {t(verify.isPending ? 'ledger.verifying' : 'ledger.verify')}
      </Button>
      <ErrorAlert error={verify.error} className="mt-3" />
      {result && (
        <>
          <Alert variant={result.ok ? 'success' : 'danger'} className="mt-3 mb-2" role="status">
            {t(result.ok ? 'ledger.ok' : 'ledger.broken')}
          </Alert>
          <ListGroup>
            {result.checks.map((check) => (
              <ListGroup.Item key={check.name} variant={check.ok ? undefined : 'danger'}>
                <span aria-hidden>{check.ok ? '✓' : '✗'}</span>{' '}
                <strong>{t(`ledger.checks.${check.name}`, { defaultValue: check.name })}</strong>
                <span className="visually-hidden">{t(check.ok ? 'ledger.checkOk' : 'ledger.checkFailed')}</span>
                <div className="small text-body-secondary">{check.detail}</div>
              </ListGroup.Item>
            ))}
          </ListGroup>
        </>
      )}
    </section>
  );
}
