import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

/** The ten recovery codes, shown this once: to copy or print before going on. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(codes.join('\n'));
    setCopied(true);
  };
  return (
    <>
      <h2 className="h5">{t('twoFactor.recoveryTitle')}</h2>
      <Alert variant="warning">{t('twoFactor.recoveryWarning')}</Alert>
      <ol className="font-monospace fs-5 ps-4" aria-label={t('twoFactor.recoveryTitle')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="d-flex flex-wrap gap-2 mb-3 d-print-none">
        <Button variant="outline-secondary" onClick={() => void copy()}>
          {t(copied ? 'twoFactor.copied' : 'twoFactor.copy')}
        </Button>
        <Button variant="outline-secondary" onClick={() => window.print()}>
          {t('twoFactor.print')}
        </Button>
      </div>
      <Button className="w-100 d-print-none" onClick={onDone}>
        {t('twoFactor.noted')}
      </Button>
    </>
  );
}
