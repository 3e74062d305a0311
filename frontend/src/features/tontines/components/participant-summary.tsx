import Badge from 'react-bootstrap/Badge';
import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList } from '@/components/ui/details-list';
import { paths } from '@/config/paths';
import type { Participant } from '@/features/tontines/api/get-participants';
import { formatDate, formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** What the participant saved first, then who they are, in which tontine, and where their booklet stands. */
export function ParticipantSummary({ participant, currency }: { participant: Participant; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <Card className="mb-4">
      <Card.Body>
        <p className="text-body-secondary mb-1">{t('tontines.participant.savedBalance')}</p>
        <p className="display-6 mb-3">{money(participant.savedBalance)}</p>
        <DetailsList
          details={[
            {
              label: t('common.status'),
              value: (
                <Badge bg={participant.status === 'Active' ? 'success' : 'secondary'}>
                  {t(`tontineParticipantStatuses.${participant.status}`)}
                </Badge>
              ),
            },
            {
              label: t('common.client'),
              value: (
                <Link to={paths.client.getHref(participant.clientId)}>
                  {participant.clientName} ({participant.clientNumber})
                </Link>
              ),
            },
            { label: t('tontines.participant.tontine'), value: `${participant.tontineName} (${participant.tontineCode})` },
            { label: t('tontines.dailyAmount'), value: money(participant.dailyAmount) },
            { label: t('tontines.participant.commissionTotal'), value: money(participant.commissionTotal) },
            { label: t('tontines.participant.withdrawnTotal'), value: money(participant.withdrawnTotal) },
            { label: t('tontines.participant.cellsFilled'), value: formatInteger(participant.cellsFilled, locale) },
            {
              label: t('tontines.participant.currentCycle'),
              value: t('tontines.participant.cycleValue', {
                cycle: participant.currentCycle,
                days: participant.cycleLengthDays,
              }),
            },
            { label: t('tontines.participant.collector'), value: participant.collectorName },
            { label: t('tontines.participant.joinedAt'), value: formatDate(participant.joinedAt, locale) },
            {
              label: t('tontines.participant.lastContribution'),
              value: participant.lastContributionOn ? formatDate(participant.lastContributionOn, locale) : null,
            },
          ]}
        />
      </Card.Body>
    </Card>
  );
}
