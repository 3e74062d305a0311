import Button from 'react-bootstrap/Button';
import ButtonGroup from 'react-bootstrap/ButtonGroup';
import { useTranslation } from 'react-i18next';

import { changeLanguage, LANGUAGES, useLocale } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLocale();
  return (
    <ButtonGroup size="sm" aria-label={t('nav.language')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          lang={language}
          variant={language === current ? 'secondary' : 'outline-secondary'}
          aria-pressed={language === current}
          onClick={() => void changeLanguage(language)}
        >
          {t(`languages.${language}`)}
        </Button>
      ))}
    </ButtonGroup>
  );
}
