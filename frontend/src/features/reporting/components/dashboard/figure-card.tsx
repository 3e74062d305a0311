import type { ReactNode } from 'react';
import Card from 'react-bootstrap/Card';
import { Link } from 'react-router';

type FigureCardProps = { label: string; value: ReactNode; detail?: ReactNode; to?: string };

/** One headline figure: its name, the figure large, a line of detail; the whole card links where the figure comes from. */
export function FigureCard({ label, value, detail, to }: FigureCardProps) {
  return (
    <Card className="h-100">
      <Card.Body className="p-3">
        <div className="text-body-secondary small">
          {to ? (
            <Link to={to} className="stretched-link text-reset text-decoration-none">
              {label}
            </Link>
          ) : (
            label
          )}
        </div>
        <div className="fs-4 fw-semibold text-nowrap">{value}</div>
        {detail && <div className="small text-body-secondary">{detail}</div>}
      </Card.Body>
    </Card>
  );
}
