import { useClient } from '@/features/clients/api/get-client';
import type { PaymentTarget } from '@/features/payments/api/create-payment';
import { StartPaymentButton } from '@/features/payments/components/start-payment-button';
import { Authorization, POLICIES } from '@/lib/authorization';

function WithClientPhone({ clientId, target }: { clientId: string; target: PaymentTarget }) {
  const client = useClient(clientId);
  return <StartPaymentButton target={target} payerPhone={client.data?.phone} />;
}

/**
 * A mobile-money payment from a client's account or loan (payments), the payer's phone prefilled with the client's
 * (clients); nothing when there is nothing to pay (`target` null) or the user may not ask for payments.
 */
export function ClientPaymentButton({ clientId, target }: { clientId: string; target: PaymentTarget | null }) {
  return (
    <Authorization allowed={POLICIES.paymentCollection}>
      {target && <WithClientPhone clientId={clientId} target={target} />}
    </Authorization>
  );
}
