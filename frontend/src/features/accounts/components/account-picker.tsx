import { useState, type KeyboardEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import InputGroup from 'react-bootstrap/InputGroup';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FieldFeedback } from '@/components/ui/form-fields';
import { useAccounts, type Account } from '@/features/accounts/api/get-accounts';

const RESULT_COUNT = 5;

type AccountPickerProps = {
  label: string;
  /** The account money leaves from: never offered. */
  excludeId: string;
  /** The account chosen so far. */
  picked: Account | null;
  onPick: (account: Account) => void;
  registration: UseFormRegisterReturn;
  error?: FieldError;
};

/** Finds an active account by its number (or its holder's name) and picks it with a radio button. */
export function AccountPicker({ label, excludeId, picked, onPick, registration, error }: AccountPickerProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const accounts = useAccounts(
    { search, status: 'Active', page: 1, pageSize: RESULT_COUNT + 1 },
    { enabled: search.length > 0 },
  );
  const results = (accounts.data?.items ?? []).filter((account) => account.id !== excludeId).slice(0, RESULT_COUNT);

  const searchNow = () => setSearch(draft.trim());
  // Enter searches rather than submitting the whole operation form.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    searchNow();
  };

  return (
    <fieldset className="mb-3">
      <legend className="form-label fs-6 mb-2">{label}</legend>
      <InputGroup className="mb-2">
        <Form.Control
          type="search"
          aria-label={t('operations.destinationSearch')}
          placeholder={t('operations.destinationSearch')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button variant="outline-primary" onClick={searchNow}>
          {t('common.search')}
        </Button>
      </InputGroup>
      {search && accounts.isSuccess && results.length === 0 && (
        <p className="small text-body-secondary mb-2">{t('operations.noDestination')}</p>
      )}
      {results.map((account) => (
        <Form.Check
          key={account.id}
          type="radio"
          id={`destination-${account.id}`}
          label={`${account.number} — ${account.clientName}`}
          value={account.id}
          {...registration}
          onChange={(event) => {
            void registration.onChange(event);
            onPick(account);
          }}
        />
      ))}
      {picked && (
        <p className="small mt-2 mb-0">{t('operations.picked', { number: picked.number, name: picked.clientName })}</p>
      )}
      <FieldFeedback error={error} className="d-block" />
    </fieldset>
  );
}
