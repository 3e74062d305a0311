import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useParams } from 'react-router';

import { useClientFormOptions } from '@/app/routes/clients/use-client-form-options';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { QueryView } from '@/components/ui/query-view';
import { ClientAccounts } from '@/features/deposits/components/client-accounts';
import { RecentTransactions } from '@/features/deposits/components/recent-transactions';
import { useClient, type Client } from '@/features/clients/api/get-client';
import { ClientActions } from '@/features/clients/components/client-actions';
import type { ClientFormOptions } from '@/features/clients/components/client-form-dialog';
import { ClientIdentity } from '@/features/clients/components/client-identity';
import { ClientMessages } from '@/features/clients/components/client-messages';
import { useDepositProducts } from '@/features/deposits/api/get-deposit-products';
import { ClientLoans } from '@/features/loans/components/client-loans';
import { ClientTontines } from '@/features/tontines/components/client-tontines';
import { Authorization, POLICIES } from '@/lib/authorization';

/**
 * The client's identity and actions (clients), their accounts and latest movements (accounts), their loans (loans), the
 * tontines they take part in (tontines), and the messages sent to them with their SMS settings (clients).
 */
function ClientPage({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  const options = useClientFormOptions();
  const products = useDepositProducts({ isActive: true });
  const productOptions = products.data?.map((product) => ({
    id: product.id,
    name: `${product.name} (${product.code})`,
  }));
  return (
    <QueryView query={client}>
      {(data) => <ClientDetails client={data} options={options} products={productOptions} />}
    </QueryView>
  );
}

type ClientDetailsProps = {
  client: Client;
  options: ClientFormOptions;
  products?: readonly { id: string; name: string }[];
};

function ClientDetails({ client, options, products }: ClientDetailsProps) {
  return (
    <>
      <PageHeader
        title={`${client.firstName} ${client.lastName}`}
        actions={<ClientActions client={client} options={options} />}
      />
      <Row className="g-4">
        <Col lg={5}>
          <Card>
            <Card.Body>
              <ClientIdentity client={client} />
            </Card.Body>
          </Card>
        </Col>
        <Col lg={7}>
          <ClientAccounts clientId={client.id} products={products} />
          <ClientLoans
            client={{ id: client.id, name: `${client.firstName} ${client.lastName}` }}
            canApply={client.status === 'Active'}
          />
          <Authorization allowed={POLICIES.tontines}>
            <ClientTontines
              client={{ id: client.id, name: `${client.firstName} ${client.lastName}` }}
              canJoin={client.status === 'Active'}
            />
          </Authorization>
          <RecentTransactions clientId={client.id} />
          <ClientMessages client={client} />
        </Col>
      </Row>
    </>
  );
}

export default function ClientRoute() {
  const { clientId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.clients} forbiddenFallback={<Forbidden />}>
      <ClientPage clientId={clientId} />
    </Authorization>
  );
}
