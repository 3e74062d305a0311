import Badge from 'react-bootstrap/Badge';

export function StatusBadge({ active, label }: { active: boolean; label: string }) {
  return <Badge bg={active ? 'success' : 'secondary'}>{label}</Badge>;
}
