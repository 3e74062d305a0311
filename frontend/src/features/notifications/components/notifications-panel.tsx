import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import ListGroup from 'react-bootstrap/ListGroup';
import Offcanvas from 'react-bootstrap/Offcanvas';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageSpinner } from '@/components/ui/page-spinner';
import { paths } from '@/config/paths';
import { feedLines } from '@/features/notifications/api/feed-cache';
import {
  NOTIFICATION_KINDS,
  useFeed,
  type Notification,
  type NotificationKind,
} from '@/features/notifications/api/get-notifications';
import { useMarkAllNotificationsRead } from '@/features/notifications/api/mark-all-notifications-read';
import { useMarkNotificationRead } from '@/features/notifications/api/mark-notification-read';
import { NotificationLine } from '@/features/notifications/components/notification-line';
import { useEnumLabel } from '@/lib/enum-labels';

type NotificationsPanelProps = { show: boolean; unread: number; onHide: () => void };

/**
 * The feed in a side panel, newest first: filtered by kind, « Voir plus » for older lines. Opening a line marks it read
 * and goes to what it is about. The panel closes on its button, on Escape and on a click outside it.
 */
export function NotificationsPanel({ show, unread, onHide }: NotificationsPanelProps) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const navigate = useNavigate();
  const [kind, setKind] = useState<NotificationKind | undefined>();
  const feed = useFeed(kind, show);
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();

  function open(line: Notification) {
    if (!line.readAt) markRead.mutate(line.id);
    onHide();
    // Links are the SPA's own paths, written by the API.
    if (line.link?.startsWith('/')) void navigate(line.link);
  }

  const lines = feedLines(feed.data);
  return (
    <Offcanvas show={show} onHide={onHide} placement="end" aria-labelledby="notifications-panel-title">
      <Offcanvas.Header closeButton closeLabel={t('common.close')}>
        <Offcanvas.Title as="h2" className="h5" id="notifications-panel-title">
          {t('notifications.title')}
        </Offcanvas.Title>
      </Offcanvas.Header>
      <Offcanvas.Body className="d-flex flex-column gap-3">
        <div className="d-flex flex-wrap align-items-center gap-2">
          <FilterSelect
            label={t('notifications.filterByKind')}
            allLabel={t('notifications.allKinds')}
            value={kind ?? ''}
            onChange={(value) => setKind(NOTIFICATION_KINDS.find((candidate) => candidate === value))}
            options={NOTIFICATION_KINDS.map((value) => ({ value, label: enumLabel('NotificationKind', value) }))}
          />
          <Button
            variant="outline-primary"
            size="sm"
            disabled={unread === 0 || markAllRead.isPending}
            onClick={() => markAllRead.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        </div>
        {markAllRead.isError && <ErrorAlert error={markAllRead.error} />}
        {markRead.isError && <ErrorAlert error={markRead.error} />}
        {feed.isPending ? (
          <PageSpinner />
        ) : feed.isError ? (
          <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />
        ) : lines.length === 0 ? (
          <p className="text-body-secondary mb-0">{t('notifications.empty')}</p>
        ) : (
          <ListGroup as="ul" aria-label={t('notifications.title')}>
            {lines.map((line) => (
              <NotificationLine key={line.id} line={line} onOpen={open} />
            ))}
          </ListGroup>
        )}
        {feed.hasNextPage && (
          <Button
            variant="outline-secondary"
            className="align-self-center"
            disabled={feed.isFetchingNextPage}
            onClick={() => void feed.fetchNextPage()}
          >
            {t('notifications.more')}
          </Button>
        )}
        <Link to={paths.notificationPreferences.getHref()} onClick={onHide} className="mt-auto small">
          {t('notifications.preferences.link')}
        </Link>
      </Offcanvas.Body>
    </Offcanvas>
  );
}
