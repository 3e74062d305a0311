import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { useParticipants } from '@/features/tontines/api/get-participants';
import { AdhesionDialog } from '@/features/tontines/components/adhesion-dialog';
import { Authorization, POLICIES } from '@/lib/authorization';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 10;

type ClientTontinesProps = {
  client: { id: string; name: string };
  /** Whether the client may join a tontine (an active client). */
  canJoin: boolean;
};

/** The tontines a client takes part in, with their savings; the front office records a new adhesion here. */
export function ClientTontines({ client, canJoin }: ClientTontinesProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const [page, setPage] = useState(1);
  const [joining, setJoining] = useState(false);
  const participants = useParticipants({ clientId: client.id, page, pageSize: PAGE_SIZE });
  const money = (amount: number) => formatMoney(amount, currency, locale);

  return (
    <Section
      title={t('tontines.title')}
      actions={
        canJoin && (
          <Authorization allowed={POLICIES.tontineOfficer}>
            <Button size="sm" className="d-print-none" onClick={() => setJoining(true)}>
              {t('tontines.adhesions.new')}
            </Button>
          </Authorization>
        )
      }
    >
      <PagedTable
        query={participants}
        className="align-middle"
        columnCount={3}
        headers={
          <>
            <th>{t('tontines.participant.tontine')}</th>
            <th className="text-end">{t('tontines.dailyAmount')}</th>
            <th className="text-end">{t('tontines.participant.savedBalance')}</th>
          </>
        }
        renderRow={(participant) => (
          <tr key={participant.id}>
            <td>
              <Link to={paths.tontineParticipant.getHref(participant.id)}>{participant.tontineName}</Link>
            </td>
            <td className="text-end text-nowrap">{money(participant.dailyAmount)}</td>
            <td className="text-end text-nowrap">{money(participant.savedBalance)}</td>
          </tr>
        )}
        emptyMessage={t('tontines.clientNone')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {joining && <AdhesionDialog client={client} currency={currency} onClose={() => setJoining(false)} />}
    </Section>
  );
}
