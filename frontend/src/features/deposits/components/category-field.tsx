import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { SelectField } from '@/components/ui/form-fields';
import { NamedOptions } from '@/components/ui/select-options';
import type { Category } from '@/features/deposits/api/get-categories';

type CategoryFieldProps = {
  categories: readonly Category[] | undefined;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  className?: string;
};

/**
 * The optional category of an operation (« Sans catégorie » by default). An institution with no category yet shows
 * no field: there is nothing to choose.
 */
export function CategoryField({ categories, registration, error, className }: CategoryFieldProps) {
  const { t } = useTranslation();
  if (!categories?.length) return null;
  return (
    <SelectField className={className} label={t('categories.category')} registration={registration} error={error}>
      <NamedOptions items={categories} emptyLabel={t('categories.none')} />
    </SelectField>
  );
}

/** A category's name by its id, for a review or a list; blank when there is none. */
export function categoryName(categories: readonly Category[] | undefined, id: string | null | undefined) {
  return id ? categories?.find((category) => category.id === id)?.name : undefined;
}
