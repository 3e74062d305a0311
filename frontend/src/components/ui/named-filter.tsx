import Col, { type ColProps } from 'react-bootstrap/Col';
import type { UseFormRegisterReturn } from 'react-hook-form';

import { SelectField } from '@/components/ui/form-fields';
import { NamedOptions } from '@/components/ui/select-options';

type NamedFilterProps = Pick<ColProps, 'xs' | 'sm' | 'md' | 'lg'> & {
  label: string;
  registration: UseFormRegisterReturn;
  /** The records offered (branches, agents, products); absent when the user may not list them, and then no filter. */
  items: readonly { id: string; name: string }[] | undefined;
  /** The first option, no filter: "Toutes les agences". */
  emptyLabel: string;
};

/** A filter among named records, in its column of a filters form: a select of their names, blank for all. */
export function NamedFilter({ label, registration, items, emptyLabel, ...column }: NamedFilterProps) {
  if (!items) return null;
  return (
    <Col {...column}>
      <SelectField className="" label={label} registration={registration}>
        <NamedOptions items={items} emptyLabel={emptyLabel} />
      </SelectField>
    </Col>
  );
}
