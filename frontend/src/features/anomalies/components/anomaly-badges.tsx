import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import type { AnomalySeverity, AnomalyStatus } from '@/features/anomalies/api/get-anomalies';

const SEVERITY_COLOURS: Record<AnomalySeverity, string> = { High: 'danger', Medium: 'warning', Low: 'secondary' };
const STATUS_COLOURS: Record<AnomalyStatus, string> = {
  Open: 'primary',
  Acknowledged: 'info',
  Explained: 'success',
  Dismissed: 'secondary',
};

export function SeverityBadge({ severity }: { severity: AnomalySeverity }) {
  const { t } = useTranslation();
  return (
    <Badge bg={SEVERITY_COLOURS[severity]} text={severity === 'Medium' ? 'dark' : undefined}>
      {t(`anomalies.severities.${severity}`)}
    </Badge>
  );
}

export function AnomalyStatusBadge({ status }: { status: AnomalyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge bg={STATUS_COLOURS[status]} text={status === 'Acknowledged' ? 'dark' : undefined}>
      {t(`anomalies.statuses.${status}`)}
    </Badge>
  );
}
