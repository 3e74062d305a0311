import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { PdfDownloadButton } from '@/components/ui/pdf-download-button';
import { PrintButton } from '@/components/ui/print-button';
import { QueryView } from '@/components/ui/query-view';
import { paths } from '@/config/paths';
import { downloadClientSheetPdf } from '@/features/clients/api/download-client-sheet-pdf';
import { ClientAccounts } from '@/features/deposits/components/client-accounts';
import { useClient, type Client } from '@/features/clients/api/get-client';
import { ClientIdentity } from '@/features/clients/components/client-identity';
import { ClientLoans } from '@/features/loans/components/client-loans';
import { useCurrentUser } from '@/lib/auth';
import { Authorization, POLICIES } from '@/lib/authorization';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** The client sheet (fiche client) as it prints: the institution, the identity, the accounts and their balances, the loans. */
function ClientSheet({ client }: { client: Client }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  return (
    <article>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-3">
        <div>
          <p className="fw-bold fs-5 mb-0">{user.institutionName}</p>
          <p className="text-body-secondary mb-0">{client.branchName}</p>
        </div>
        <div className="d-flex flex-wrap gap-2 d-print-none">
          <PrintButton />
          <PdfDownloadButton download={() => downloadClientSheetPdf(client.id)} />
          <Link to={paths.client.getHref(client.id)} className="btn btn-outline-secondary">
            {t('clients.backToClient')}
          </Link>
        </div>
      </div>
      <h1 className="h3 mb-3">{t('clients.sheetTitle', { name: `${client.lastName} ${client.firstName}` })}</h1>
      <section className="mb-4">
        <ClientIdentity client={client} />
      </section>
      <ClientAccounts clientId={client.id} />
      <ClientLoans client={{ id: client.id, name: `${client.firstName} ${client.lastName}` }} canApply={false} />
      <p className="small text-body-secondary mb-0">
        {t('clients.printedOn', { date: formatDateTime(new Date().toISOString(), locale), user: user.displayName })}
      </p>
    </article>
  );
}

function ClientSheetPage({ clientId }: { clientId: string }) {
  return <QueryView query={useClient(clientId)}>{(client) => <ClientSheet client={client} />}</QueryView>;
}

export default function ClientSheetRoute() {
  const { clientId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.clients} forbiddenFallback={<Forbidden />}>
      <ClientSheetPage clientId={clientId} />
    </Authorization>
  );
}
