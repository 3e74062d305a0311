import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Section } from '@/components/ui/section';
import type { ReportDefinition } from '@/features/reporting/api/get-reports';

type ReportCatalogueProps = { reports: readonly ReportDefinition[]; chosen: string | undefined };

/**
 * The reports the user may open, each with what it shows: a link to the page with that report (and no filters), so
 * that it can be opened in a new tab or shared like any page.
 */
export function ReportCatalogue({ reports, chosen }: ReportCatalogueProps) {
  const { t } = useTranslation();
  return (
    <Section title={t('reports.catalogue')}>
      {reports.length === 0 ? (
        <p className="text-body-secondary">{t('reports.empty')}</p>
      ) : (
        <ListGroup>
          {reports.map((report) => (
            <ListGroup.Item
              key={report.name}
              action
              as={Link}
              to={{ search: `?${new URLSearchParams({ report: report.name }).toString()}` }}
              active={report.name === chosen}
              aria-current={report.name === chosen ? 'page' : undefined}
            >
              <span className="d-block fw-semibold">{report.title}</span>
              <span className="d-block small">{report.description}</span>
            </ListGroup.Item>
          ))}
        </ListGroup>
      )}
    </Section>
  );
}
