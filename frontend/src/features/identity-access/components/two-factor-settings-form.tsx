import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import {
  useTwoFactorSettings,
  type TwoFactorSettings,
} from '@/features/identity-access/api/get-two-factor-settings';
import { useUpdateTwoFactorSettings } from '@/features/identity-access/api/update-two-factor-settings';
import { useRoleLabels } from '@/lib/authorization';

/** The roles of an institution that may be asked for a second factor besides those that always are. */
const OPTIONAL_ROLES = ['Supervisor', 'Agent', 'Auditor'] as const;

function SettingsForm({ settings }: { settings: TwoFactorSettings }) {
  const { t } = useTranslation();
  const roleLabels = useRoleLabels();
  const update = useUpdateTwoFactorSettings();
  const [required, setRequired] = useState<string[]>(settings.requiredRoles);
  const toggle = (role: string, on: boolean) => {
    update.reset();
    setRequired((current) => (on ? [...current, role] : current.filter((r) => r !== role)));
  };

  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(required);
      }}
    >
      <p>{t('twoFactor.alwaysRequired', { roles: roleLabels(settings.alwaysRequiredRoles) })}</p>
      <fieldset className="mb-3">
        <legend className="fs-6">{t('twoFactor.alsoRequired')}</legend>
        {OPTIONAL_ROLES.map((role) => (
          <Form.Check
            key={role}
            id={`two-factor-role-${role}`}
            type="checkbox"
            label={roleLabels([role])}
            checked={required.includes(role)}
            onChange={(event) => toggle(role, event.target.checked)}
          />
        ))}
      </fieldset>
      <ErrorAlert error={update.error} />
      {update.isSuccess && (
        <Alert variant="success" role="status">
          {t('twoFactor.settingsSaved')}
        </Alert>
      )}
      <Button type="submit" disabled={update.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}

/** Which roles of the institution must sign in with a code (SfdAdmin), under the users list. */
export function TwoFactorSettingsSection() {
  const { t } = useTranslation();
  const settings = useTwoFactorSettings();
  return (
    <Section title={t('twoFactor.settingsTitle')}>
      <QueryView query={settings}>{(data) => <SettingsForm settings={data} />}</QueryView>
    </Section>
  );
}
