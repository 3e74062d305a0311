import { useState } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { SearchPicker } from '@/components/ui/search-picker';
import { useAccounts, type Account } from '@/features/deposits/api/get-accounts';

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
export function AccountPicker({ label, excludeId, picked, onPick, ...field }: AccountPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const accounts = useAccounts(
    { search, status: 'Active', page: 1, pageSize: RESULT_COUNT + 1 },
    { enabled: search.length > 0 },
  );
  const results = (accounts.data?.items ?? []).filter((account) => account.id !== excludeId).slice(0, RESULT_COUNT);

  return (
    <SearchPicker
      label={label}
      searchLabel={t('operations.destinationSearch')}
      noResultLabel={t('operations.noDestination')}
      onSearch={setSearch}
      results={
        search && accounts.isSuccess
          ? results.map((account) => ({ id: account.id, label: `${account.number} — ${account.clientName}` }))
          : null
      }
      pickedLabel={picked ? t('operations.picked', { number: picked.number, name: picked.clientName }) : undefined}
      onPick={(id) => {
        const account = results.find((result) => result.id === id);
        if (account) onPick(account);
      }}
      {...field}
    />
  );
}
