import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FormDialog } from '@/components/ui/form-dialog';
import { SearchPicker } from '@/components/ui/search-picker';
import { useClients, type ClientSummary } from '@/features/clients/api/get-clients';

const RESULT_COUNT = 6;
const pickSchema = z.object({ clientId: z.string().min(1, 'clients.pickRequired') });

type PickClientDialogProps = {
  title: string;
  submitLabel: string;
  /** The chosen client, named as "First Last". */
  onPick: (client: { id: string; name: string }) => void;
  onClose: () => void;
};

const fullName = (client: ClientSummary) => `${client.firstName} ${client.lastName}`;

/** Finds an active client by name, number or phone, and hands the one chosen on (e.g. to apply for a loan). */
export function PickClientDialog({ title, submitLabel, onPick, onClose }: PickClientDialogProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const clients = useClients(
    { search, status: 'Active', page: 1, pageSize: RESULT_COUNT },
    { enabled: search.length > 0 },
  );
  const results = clients.data?.items ?? [];
  const [picked, setPicked] = useState<ClientSummary | null>(null);
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(pickSchema),
    defaultValues: { clientId: '' },
  });

  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      onClose={onClose}
      onSubmit={handleSubmit(() => picked && onPick({ id: picked.id, name: fullName(picked) }))}
      isPending={false}
      error={clients.error}
    >
      <SearchPicker
        label={t('clients.pick')}
        searchLabel={t('clients.search')}
        noResultLabel={t('clients.pickNone')}
        onSearch={setSearch}
        results={
          search && clients.isSuccess
            ? results.map((client) => ({ id: client.id, label: `${fullName(client)} — ${client.number}` }))
            : null
        }
        pickedLabel={picked ? t('clients.picked', { name: fullName(picked), number: picked.number }) : undefined}
        onPick={(id) => setPicked(results.find((client) => client.id === id) ?? null)}
        registration={register('clientId')}
        error={formState.errors.clientId}
      />
    </FormDialog>
  );
}
