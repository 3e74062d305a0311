import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

export default function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="text-center py-5">
      <h1 className="h3">{t('notFound.title')}</h1>
      <Link to={paths.dashboard.getHref()}>{t('notFound.back')}</Link>
    </div>
  );
}
