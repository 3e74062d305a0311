import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useParticipants, type Participant } from '@/features/tontines/api/get-participants';
import { useRound } from '@/features/tontines/api/get-round';
import { CollectDialog } from '@/features/tontines/components/collect-dialog';
import { formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** A page holds the largest the API gives at once; the totals above it count the whole round. */
const PAGE_SIZE = 100;

type DailyRoundProps = { agentId: string; currency: string };

/**
 * The collector's round: their active participants, whether each paid today and a "Collect" on each row, under the
 * total collected today.
 */
export function DailyRound({ agentId, currency }: DailyRoundProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const [collecting, setCollecting] = useState<Participant | null>(null);
  const participants = useParticipants({ agentId, status: 'Active', page, pageSize: PAGE_SIZE });
  const round = useRound(agentId);
  const money = (amount: number) => formatMoney(amount, currency, locale);

  return (
    <>
      {round.data && (
        <Card className="mb-3">
          <Card.Body>
            <p className="text-body-secondary mb-1">{t('tontines.round.collectedToday')}</p>
            <p className="display-6 mb-1">{money(round.data.collected)}</p>
            <p className="mb-0">
              {t('tontines.round.paidCount', {
                paid: formatInteger(round.data.paid, locale),
                count: round.data.paid,
                total: formatInteger(round.data.participants, locale),
              })}
            </p>
          </Card.Body>
        </Card>
      )}
      <PagedTable
        query={participants}
        className="align-middle"
        columnCount={6}
        headers={
          <>
            <th>{t('common.client')}</th>
            <th>{t('tontines.participant.tontine')}</th>
            <th className="text-end">{t('tontines.dailyAmount')}</th>
            <th>{t('tontines.round.today')}</th>
            <th className="text-end">{t('tontines.participant.savedBalance')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(participant) => (
          <tr key={participant.id}>
            <td>
              <Link to={paths.tontineParticipant.getHref(participant.id)}>{participant.clientName}</Link>
            </td>
            <td>{participant.tontineName}</td>
            <td className="text-end text-nowrap">{money(participant.dailyAmount)}</td>
            <td>
              {participant.collectedToday > 0 ? (
                <Badge bg="success">{t('tontines.round.paid', { amount: money(participant.collectedToday) })}</Badge>
              ) : (
                <Badge bg="warning" text="dark">
                  {t('tontines.round.toCollect')}
                </Badge>
              )}
            </td>
            <td className="text-end text-nowrap">{money(participant.savedBalance)}</td>
            <td className="text-end">
              <Button
                size="sm"
                aria-label={t('tontines.round.collectFor', { name: participant.clientName })}
                onClick={() => setCollecting(participant)}
              >
                {t('tontines.collect.action')}
              </Button>
            </td>
          </tr>
        )}
        emptyMessage={t('tontines.round.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {collecting && (
        <CollectDialog
          participant={collecting}
          currency={currency}
          showParticipantLink
          onClose={() => setCollecting(null)}
        />
      )}
    </>
  );
}
