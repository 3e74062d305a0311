import { useId, useState } from 'react';
import Form from 'react-bootstrap/Form';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';

import { clientName } from '@/features/sync/targets';
import type { WorkingClient } from '@/features/sync/types';

/** As many as a phone's screen shows in a few swipes: more, and the agent types a few letters. */
const SHOWN = 30;

const normalize = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

type ClientPickerProps = { clients: readonly WorkingClient[]; onPick: (client: WorkingClient) => void };

/** The agent's clients from the working data, found by name, number or phone (accents ignored). */
export function ClientPicker({ clients, onPick }: ClientPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const searchId = useId();
  const words = normalize(search).split(/\s+/).filter(Boolean);
  const matches = clients.filter((client) => {
    const text = normalize(`${client.firstName} ${client.lastName} ${client.number} ${client.phone}`);
    return words.every((word) => text.includes(word));
  });
  return (
    <>
      <Form.Group className="mb-2" controlId={searchId}>
        <Form.Label>{t('sync.client.search')}</Form.Label>
        <Form.Control type="search" value={search} onChange={(event) => setSearch(event.target.value)} autoComplete="off" />
      </Form.Group>
      {matches.length === 0 ? (
        <p className="text-body-secondary">{t('sync.client.none')}</p>
      ) : (
        <ListGroup aria-label={t('sync.client.list')}>
          {matches.slice(0, SHOWN).map((client) => (
            <ListGroup.Item key={client.id} action onClick={() => onPick(client)} className="text-break">
              <span className="fw-semibold">{clientName(client)}</span>
              <span className="d-block small text-body-secondary">
                {client.number} · {client.phone}
              </span>
            </ListGroup.Item>
          ))}
        </ListGroup>
      )}
      {matches.length > SHOWN && (
        <p className="small text-body-secondary mt-2">{t('sync.client.more', { count: matches.length - SHOWN })}</p>
      )}
    </>
  );
}
