import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

/** Succeeded (green), failed (red). */
export function JobOutcomeBadge({ outcome }: { outcome: string }) {
  const { t } = useTranslation();
  return <Badge bg={outcome === 'Succeeded' ? 'success' : 'danger'}>{t(`jobs.outcomes.${outcome}`)}</Badge>;
}
