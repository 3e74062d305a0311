import { useId, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import InputGroup from 'react-bootstrap/InputGroup';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';

import { DialogHeader } from '@/components/ui/dialog-header';
import type { ApiClientSecret } from '@/features/identity-access/api/register-api-client';

/** The client id and its secret, shown this once: the API keeps only a hash of the secret. */
export function ApiClientSecretDialog({ secret, onClose }: { secret: ApiClientSecret; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [copied, setCopied] = useState<'id' | 'secret' | null>(null);
  const copy = (what: 'id' | 'secret', value: string) =>
    void navigator.clipboard?.writeText(value).then(() => setCopied(what));

  return (
    <Modal aria-labelledby={titleId} show onHide={onClose} centered backdrop="static">
      <DialogHeader id={titleId} title={t('apiClients.secretTitle', { name: secret.client.name })} />
      <Modal.Body>
        <Alert variant="warning" role="status">
          {t('apiClients.secretWarning')}
        </Alert>
        {[
          { what: 'id' as const, label: t('apiClients.clientId'), value: secret.client.id },
          { what: 'secret' as const, label: t('apiClients.clientSecret'), value: secret.clientSecret },
        ].map(({ what, label, value }) => (
          <Form.Group key={what} className="mb-3" controlId={`${titleId}-${what}`}>
            <Form.Label>{label}</Form.Label>
            <InputGroup>
              <Form.Control readOnly value={value} className="font-monospace" data-testid={`api-client-${what}`} />
              <Button variant="outline-secondary" onClick={() => copy(what, value)}>
                {copied === what ? t('apiClients.copied') : t('apiClients.copy')}
              </Button>
            </InputGroup>
          </Form.Group>
        ))}
      </Modal.Body>
      <Modal.Footer>
        <Button onClick={onClose}>{t('apiClients.secretSaved')}</Button>
      </Modal.Footer>
    </Modal>
  );
}
