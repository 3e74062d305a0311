import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';

/** A dialog's title, as a second-level heading (`id` names the dialog), with a labelled close button. */
export function DialogHeader({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  return (
    <Modal.Header closeButton closeLabel={t('common.close')}>
      <Modal.Title as="h2" className="h5" id={id}>
        {title}
      </Modal.Title>
    </Modal.Header>
  );
}
