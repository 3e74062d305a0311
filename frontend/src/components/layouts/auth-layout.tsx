import type { ReactNode } from 'react';
import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '@/components/language-switch';

export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="min-vh-100 d-flex flex-column align-items-center justify-content-center bg-body-tertiary p-3">
      <Card className="w-100 shadow-sm" style={{ maxWidth: '24rem' }}>
        <Card.Body className="p-4">
          <div className="d-flex justify-content-between align-items-start mb-3">
            <div>
              <p className="text-primary fw-bold mb-1">{t('app.name')}</p>
              <h1 className="h4 mb-0">{title}</h1>
            </div>
            <LanguageSwitch />
          </div>
          {children}
        </Card.Body>
      </Card>
    </main>
  );
}
