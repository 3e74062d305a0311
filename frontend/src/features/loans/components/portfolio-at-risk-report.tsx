import { useState } from 'react';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';

import { DetailsList } from '@/components/ui/details-list';
import { AsOfFilter } from '@/components/ui/filters-form';
import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import { usePortfolioAtRisk, type ParFigures, type PortfolioAtRisk } from '@/features/loans/api/get-portfolio-at-risk';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatDate, formatMoney, formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const THRESHOLDS = ['par1', 'par30', 'par90'] as const;

/** PAR1, PAR30 and PAR90 of a branch or an agent, with the principal outstanding and the loans behind it. */
function ParTable({ title, groups }: { title: string; groups: PortfolioAtRisk['byBranch'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  return (
    <Section title={title}>
      <Table responsive size="sm" className="align-middle">
        <thead>
          <tr>
            <th>{t('par.name')}</th>
            <th className="text-end">{t('par.outstanding')}</th>
            <th className="text-end">{t('par.activeLoans')}</th>
            <th className="text-end">{t('par.loansInArrears')}</th>
            {THRESHOLDS.map((threshold) => (
              <th key={threshold} className="text-end">
                {t(`par.${threshold}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id}>
              <td>{group.name}</td>
              <td className="text-end text-nowrap">
                {formatMoney(group.figures.outstandingPrincipal, currency, locale)}
              </td>
              <td className="text-end">{group.figures.activeLoans}</td>
              <td className="text-end">{group.figures.loansInArrears}</td>
              {THRESHOLDS.map((threshold) => (
                <td key={threshold} className="text-end text-nowrap">
                  {formatPercent(group.figures[threshold], locale)}
                </td>
              ))}
            </tr>
          ))}
          {groups.length === 0 && (
            <tr>
              <td colSpan={7} className="text-center text-body-secondary">
                {t('par.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </Table>
    </Section>
  );
}

/** The three ratios of the whole portfolio side by side (even on a phone), then what they are computed on. */
function Overall({ figures }: { figures: ParFigures }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  return (
    <Section title={t('par.overall')}>
      <Row className="g-2 mb-3">
        {THRESHOLDS.map((threshold) => (
          <Col xs={4} key={threshold}>
            <Card className="text-center h-100">
              <Card.Body className="p-2">
                <p className="small text-body-secondary mb-1">{t(`par.${threshold}`)}</p>
                <p className="fs-4 fw-semibold mb-0">{formatPercent(figures[threshold], locale)}</p>
              </Card.Body>
            </Card>
          </Col>
        ))}
      </Row>
      <DetailsList
        details={[
          { label: t('par.outstanding'), value: formatMoney(figures.outstandingPrincipal, currency, locale) },
          { label: t('par.activeLoans'), value: String(figures.activeLoans) },
          { label: t('par.loansInArrears'), value: String(figures.loansInArrears) },
        ]}
      />
    </Section>
  );
}

/**
 * Portfolio at risk as of a day: the share of the outstanding principal held by loans late more than 1, 30 and 90
 * days, for the whole institution, per branch and per agent.
 */
export function PortfolioAtRiskReport() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [asOf, setAsOf] = useState<string | undefined>();
  const report = usePortfolioAtRisk({ asOf });

  return (
    <>
      <AsOfFilter label={t('par.filters')} fieldLabel={t('par.asOf')} onChange={setAsOf} />
      <QueryView query={report}>
        {(data) => (
          <>
            <p className="text-body-secondary">{t('par.caption', { date: formatDate(data.asOf, locale) })}</p>
            <Overall figures={data.overall} />
            <ParTable title={t('par.byBranch')} groups={data.byBranch} />
            <ParTable title={t('par.byAgent')} groups={data.byAgent} />
          </>
        )}
      </QueryView>
    </>
  );
}
