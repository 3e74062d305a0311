import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { Section } from '@/components/ui/section';
import type { CurrentDrawer } from '@/features/treasury/api/get-current-drawer';
import { useUpdateTreasurySettings } from '@/features/treasury/api/update-treasury-settings';

/** The SfdAdmin's switch: cash recorded only from an open drawer, for the whole institution. */
export function TreasurySettingsCard({ settings }: { settings: CurrentDrawer['settings'] }) {
  const { t } = useTranslation();
  const update = useUpdateTreasurySettings();
  return (
    <Section title={t('treasury.settings.title')}>
      <Card body>
        <Form.Check
          type="switch"
          id="cash-needs-open-drawer"
          label={t('treasury.settings.rule')}
          checked={settings.cashNeedsOpenDrawer}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ cashNeedsOpenDrawer: event.target.checked })}
        />
        <Form.Text>{t('treasury.settings.hint')}</Form.Text>
        <ErrorAlert error={update.error} className="mt-2 mb-0" />
      </Card>
    </Section>
  );
}
