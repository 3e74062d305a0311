import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';

export function Forbidden() {
  const { t } = useTranslation();
  return <Alert variant="warning">{t('errors.forbidden')}</Alert>;
}
