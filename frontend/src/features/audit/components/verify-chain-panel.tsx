import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { useVerifyAuditChain } from '@/features/audit/api/verify-audit-chain';

export function VerifyChainPanel() {
  const { t } = useTranslation();
  const verify = useVerifyAuditChain();
  const result = verify.data;

  return (
    <section aria-label={t('audit.verifyTitle')} className="mb-3">
      <Button variant="outline-primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
        {t(verify.isPending ? 'audit.verifying' : 'audit.verify')}
      </Button>
      <ErrorAlert error={verify.error} className="mt-3" />
      {result && (
        <Alert variant={result.ok ? 'success' : 'danger'} className="mt-3 mb-0" role="status">
          {result.ok
            ? t('audit.chainOk', { count: result.checkedCount })
            : t('audit.chainBroken', {
                count: result.checkedCount,
                sequence: result.firstBrokenSequence ?? '—',
                reason: result.reason ?? '—',
              })}
        </Alert>
      )}
    </section>
  );
}
