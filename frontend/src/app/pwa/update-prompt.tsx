import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/** How often a page left open all day asks the server whether a new version was deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and, when a new version of the app is installed and waiting, offers to reload. Never
 * reloads by itself: an agent may be typing an amount; the new version takes over only when they choose.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, UPDATE_CHECK_MS);
    },
  });

  if (!needRefresh) return null;
  return (
    <div role="status" className="alert alert-info shadow d-flex flex-wrap align-items-center gap-2 position-fixed bottom-0 start-0 end-0 m-2 z-3">
      <span>{t('pwa.updateAvailable')}</span>
      <button type="button" className="btn btn-primary btn-sm" onClick={() => void updateServiceWorker()}>
        {t('pwa.reload')}
      </button>
    </div>
  );
}
