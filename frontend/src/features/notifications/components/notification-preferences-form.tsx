import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { SelectField } from '@/components/ui/form-fields';
import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import {
  useNotificationPreferences,
  type NotificationPreferences,
} from '@/features/notifications/api/get-notification-preferences';
import { NOTIFICATION_KINDS } from '@/features/notifications/api/get-notifications';
import {
  useUpdateNotificationPreferences,
  type NotificationPreferencesInput,
} from '@/features/notifications/api/update-notification-preferences';
import { useEnumLabel } from '@/lib/enum-labels';
import { setApiFieldErrors } from '@/lib/form-errors';
import { LANGUAGES } from '@/lib/i18n';

// The kinds are checkboxes of the API's own values: only the language has a message of its own to show.
const FIELDS = ['language'] as const;

function PreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const update = useUpdateNotificationPreferences();
  const { register, handleSubmit, setError, reset, formState } = useForm<NotificationPreferencesInput>({
    defaultValues: { language: preferences.language, emailKinds: preferences.emailKinds },
  });
  return (
    <Form
      noValidate
      onSubmit={handleSubmit((input) =>
        update.mutate(input, {
          // The saved choices become the form's starting point: the next change hides the « saved » notice.
          onSuccess: (saved) => reset({ language: saved.language, emailKinds: saved.emailKinds }),
          onError: (error) => setApiFieldErrors(error, FIELDS, setError),
        }),
      )}
    >
      <Section title={t('notifications.preferences.languageTitle')}>
        <SelectField
          label={t('notifications.preferences.language')}
          registration={register('language')}
          error={formState.errors.language}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`notifications.preferences.languages.${language}`)}
            </option>
          ))}
        </SelectField>
      </Section>
      <Section title={t('notifications.preferences.emailTitle')}>
        {preferences.email ? (
          <p>{t('notifications.preferences.emailTo', { email: preferences.email })}</p>
        ) : (
          <Alert variant="warning">{t('notifications.preferences.noEmail')}</Alert>
        )}
        <fieldset className="mb-3">
          <legend className="visually-hidden">{t('notifications.preferences.emailTitle')}</legend>
          {NOTIFICATION_KINDS.map((kind) => (
            <Form.Check
              key={kind}
              id={`email-kind-${kind}`}
              type="checkbox"
              value={kind}
              label={enumLabel('NotificationKind', kind)}
              {...register('emailKinds')}
            />
          ))}
        </fieldset>
      </Section>
      {update.isError && <ErrorAlert error={update.error} inlineFields={FIELDS} />}
      {update.isSuccess && !formState.isDirty && (
        <Alert variant="success" role="status">
          {t('notifications.preferences.saved')}
        </Alert>
      )}
      <Button type="submit" disabled={update.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}

/** The user's choices: the language their notifications are written in, and which kinds also come by e-mail. */
export function NotificationPreferencesForm() {
  const preferences = useNotificationPreferences();
  return <QueryView query={preferences}>{(data) => <PreferencesForm preferences={data} />}</QueryView>;
}
