import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { useCategorizeTransaction, type TaggableMovement } from '@/features/deposits/api/categorize-transaction';
import type { Category } from '@/features/deposits/api/get-categories';
import { CategoryField } from '@/features/deposits/components/category-field';

type CategorizeDialogProps = { transaction: TaggableMovement; categories: readonly Category[]; onClose: () => void };

/** Tags a recorded movement with a category, another one, or none (« Sans catégorie »). */
export function CategorizeDialog({ transaction, categories, onClose }: CategorizeDialogProps) {
  const { t } = useTranslation();
  const categorize = useCategorizeTransaction();
  const { register, handleSubmit } = useForm({ defaultValues: { categoryId: transaction.categoryId ?? '' } });
  return (
    <FormDialog
      title={t('categories.tagTitle')}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={handleSubmit(({ categoryId }) =>
        categorize.mutate({ id: transaction.id, categoryId: categoryId || null }, { onSuccess: onClose }),
      )}
      isPending={categorize.isPending}
      error={categorize.error}
    >
      <CategoryField categories={categories} registration={register('categoryId')} />
      {(transaction.type === 'TransferIn' || transaction.type === 'TransferOut') && <p className="small text-body-secondary mb-0">{t('categories.tagHint')}</p>}
    </FormDialog>
  );
}
