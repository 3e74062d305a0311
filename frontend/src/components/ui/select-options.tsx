import { useTranslation } from 'react-i18next';

/** The options of a select among named records (branches, agents), after an empty first option. */
export function NamedOptions({
  items,
  emptyLabel,
}: {
  items: readonly { id: string; name: string }[];
  emptyLabel: string;
}) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}

/** The options of a select among the values of an API enum, each labelled by the translation `${labelKey}.${value}`. */
export function EnumOptions({ values, labelKey }: { values: readonly string[]; labelKey: string }) {
  const { t } = useTranslation();
  return values.map((value) => (
    <option key={value} value={value}>
      {t(`${labelKey}.${value}`)}
    </option>
  ));
}
