import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { OutboxList } from '@/features/notifications/outbox/components/outbox-list';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function OutboxRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.outbox} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('outbox.title')} />
      <OutboxList />
    </Authorization>
  );
}
