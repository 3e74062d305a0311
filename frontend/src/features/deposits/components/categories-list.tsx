import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { QueryView } from '@/components/ui/query-view';
import { StackedTable, type StackedColumn } from '@/components/ui/stacked-table';
import { useDeleteCategory } from '@/features/deposits/api/delete-category';
import { useCategories, type Category } from '@/features/deposits/api/get-categories';
import { categoryInputSchema, useSaveCategory } from '@/features/deposits/api/save-category';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { formatInteger } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** Creates a category (`category` absent) or renames one; a name already taken is the API's 409, said in French. */
function CategoryDialog({ category, onClose }: { category?: Category; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCategory();
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(categoryInputSchema),
    defaultValues: { name: category?.name ?? '' },
  });
  return (
    <FormDialog
      title={category ? t('categories.renameTitle', { name: category.name }) : t('categories.new')}
      submitLabel={t(category ? 'common.save' : 'common.create')}
      onClose={onClose}
      onSubmit={handleSubmit((data) => save.mutate({ id: category?.id, data }, { onSuccess: onClose }))}
      isPending={save.isPending}
      error={save.error}
      inlineFields={['name']}
    >
      <TextField label={t('categories.name')} registration={register('name')} error={formState.errors.name} />
      {category && <p className="small text-body-secondary mb-0">{t('categories.renameHint')}</p>}
    </FormDialog>
  );
}

/** Deletes an unused category; a used one is refused by the API (409), and the dialog says why. */
function DeleteCategoryDialog({ category, onClose }: { category: Category; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteCategory();
  return (
    <ConfirmDialog
      title={t('categories.deleteTitle')}
      message={t('categories.deleteMessage', { name: category.name })}
      confirmLabel={t('common.delete')}
      isPending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(category.id, { onSuccess: onClose })}
      onCancel={onClose}
    />
  );
}

type Dialog = { kind: 'save'; category?: Category } | { kind: 'delete'; category: Category };

/**
 * The institution's categories of movements (« Épargne scolaire », « Commerce »): every role that reads accounts sees
 * them with how many movements carry each; the administrator creates, renames and deletes them (a used one stays).
 */
export function CategoriesList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const categories = useCategories();
  const mayManage = useIsAllowed(POLICIES.categories);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const columns: StackedColumn<Category>[] = [
    { header: t('categories.name'), cell: (category) => category.name },
    {
      header: t('categories.transactionCount'),
      numeric: true,
      cell: (category) => formatInteger(category.transactionCount, locale),
    },
  ];

  return (
    <>
      {mayManage && (
        <div className="d-flex justify-content-end mb-3">
          <Button onClick={() => setDialog({ kind: 'save' })}>{t('categories.new')}</Button>
        </div>
      )}
      <QueryView query={categories}>
        {(items) => (
          <StackedTable
            items={items}
            columns={columns}
            rowKey={(category) => category.id}
            emptyMessage={t('categories.empty')}
            actions={
              mayManage
                ? (category) => (
                    <div className="d-flex flex-wrap gap-2 justify-content-end">
                      <Button
                        size="sm"
                        variant="outline-primary"
                        aria-label={t('categories.renameOf', { name: category.name })}
                        onClick={() => setDialog({ kind: 'save', category })}
                      >
                        {t('categories.rename')}
                      </Button>
                      <Button
                        size="sm"
                        variant="outline-danger"
                        aria-label={t('categories.deleteOf', { name: category.name })}
                        onClick={() => setDialog({ kind: 'delete', category })}
                      >
                        {t('common.delete')}
                      </Button>
                    </div>
                  )
                : undefined
            }
          />
        )}
      </QueryView>
      {dialog?.kind === 'save' && <CategoryDialog category={dialog.category} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && <DeleteCategoryDialog category={dialog.category} onClose={() => setDialog(null)} />}
    </>
  );
}
