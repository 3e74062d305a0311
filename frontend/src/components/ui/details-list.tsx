import { Fragment, type ReactNode } from 'react';

export type Detail = { label: string; value: ReactNode };

/** Labelled values (an identity, a receipt): side by side from 576 px, the label above its value on a phone. */
export function DetailsList({ details }: { details: readonly Detail[] }) {
  return (
    <dl className="row mb-0">
      {details.map(({ label, value }) => (
        <Fragment key={label}>
          <dt className="col-sm-5 col-lg-4 fw-normal text-body-secondary">{label}</dt>
          <dd className="col-sm-7 col-lg-8">{value ?? '—'}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
