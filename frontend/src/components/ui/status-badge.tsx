import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

export function StatusBadge({ active, label }: { active: boolean; label: string }) {
  return <Badge bg={active ? 'success' : 'secondary'}>{label}</Badge>;
}

/** "Active" or "Inactive" (a branch, a user, a product, a GL account). */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <StatusBadge active={active} label={t(active ? 'common.active' : 'common.inactive')} />;
}
