import type { FormEvent, ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';

type SearchFormProps = {
  label: string;
  defaultValue: string;
  onSearch: (search: string) => void;
  /** Further filters, shown before the button. */
  children?: ReactNode;
};

/** A search box that asks the API when submitted rather than on every keystroke (slow connections). */
export function SearchForm({ label, defaultValue, onSearch, children }: SearchFormProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const search = new FormData(event.currentTarget).get('search');
    onSearch(typeof search === 'string' ? search.trim() : '');
  };
  return (
    <Form role="search" onSubmit={submit} className="d-flex flex-wrap gap-2 flex-grow-1 mw-100">
      <Form.Control
        type="search"
        name="search"
        aria-label={label}
        placeholder={label}
        defaultValue={defaultValue}
        className="flex-grow-1 w-auto"
      />
      {children}
      <Button type="submit" variant="outline-primary">
        {t('common.search')}
      </Button>
    </Form>
  );
}
