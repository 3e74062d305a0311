import { useId, type ReactNode } from 'react';

type SectionProps = { title: string; actions?: ReactNode; children: ReactNode };

/** A part of a page, named by its second-level heading (a landmark for screen readers), with actions beside it. */
export function Section({ title, actions, children }: SectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mb-4">
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-2">
        <h2 id={headingId} className="h5 mb-0">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
