import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';

import type { CurrentUser } from '@/lib/auth';
import { useRoleLabels } from '@/lib/authorization';

export function WelcomePanel({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const roleLabels = useRoleLabels();
  const details = [
    { label: t('dashboard.role'), value: roleLabels(user.roles) },
    { label: t('dashboard.institution'), value: user.institutionName ?? '—' },
    { label: t('dashboard.branch'), value: user.branchName ?? '—' },
  ];

  return (
    <Card>
      <Card.Body>
        <Card.Title as="h1" className="h3">
          {t('dashboard.greeting', { name: user.displayName })}
        </Card.Title>
        <dl className="row mb-0 mt-3">
          {details.map(({ label, value }) => (
            <div key={label} className="col-12 col-sm-4">
              <dt className="fw-normal text-body-secondary small">{label}</dt>
              <dd className="fs-5">{value}</dd>
            </div>
          ))}
        </dl>
      </Card.Body>
    </Card>
  );
}
