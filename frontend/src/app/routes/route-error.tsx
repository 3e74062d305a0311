import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

/** Shown when a page fails to render or its code fails to download (e.g. the connection dropped). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Alert variant="danger" className="m-3">
      <p>{t('errors.page')}</p>
      <Button variant="outline-danger" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </Button>
    </Alert>
  );
}
