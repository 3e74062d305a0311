import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

/** Opens the browser's print dialog (which also saves as PDF); the button itself is not printed. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <Button variant="outline-primary" className="d-print-none" onClick={() => window.print()}>
      {t('common.print')}
    </Button>
  );
}
