import { useId, useState, type KeyboardEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import InputGroup from 'react-bootstrap/InputGroup';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FieldFeedback } from '@/components/ui/form-fields';

type SearchPickerProps = {
  /** What is picked, e.g. "Account to credit". */
  label: string;
  /** The search box's label and placeholder. */
  searchLabel: string;
  /** Said when a search found nothing. */
  noResultLabel: string;
  /** Called with the search typed, when the user asks (Enter or the button): the parent queries the API. */
  onSearch: (search: string) => void;
  /** What the last search found (`null` until it has answered). */
  results: readonly { id: string; label: string }[] | null;
  /** Said once something is picked, e.g. "Account chosen: …". */
  pickedLabel?: string;
  onPick: (id: string) => void;
  registration: UseFormRegisterReturn;
  error?: FieldError;
};

/** Finds a record by a search the API answers, and picks it with a radio button (the form field holds its id). */
export function SearchPicker({
  label,
  searchLabel,
  noResultLabel,
  onSearch,
  results,
  pickedLabel,
  onPick,
  registration,
  error,
}: SearchPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');

  const searchNow = () => onSearch(draft.trim());
  // Enter searches rather than submitting the whole form.
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
          aria-label={searchLabel}
          placeholder={searchLabel}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button variant="outline-primary" onClick={searchNow}>
          {t('common.search')}
        </Button>
      </InputGroup>
      {results?.length === 0 && <p className="small text-body-secondary mb-2">{noResultLabel}</p>}
      {results?.map((result) => (
        <Form.Check
          key={result.id}
          type="radio"
          id={`${id}-${result.id}`}
          label={result.label}
          value={result.id}
          {...registration}
          onChange={(event) => {
            void registration.onChange(event);
            onPick(result.id);
          }}
        />
      ))}
      {pickedLabel && <p className="small mt-2 mb-0">{pickedLabel}</p>}
      <FieldFeedback error={error} className="d-block" />
    </fieldset>
  );
}
