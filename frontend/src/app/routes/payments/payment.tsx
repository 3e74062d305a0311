import { useParams } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { PaymentDetails } from '@/features/payments/components/payment-details';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function PaymentRoute() {
  const { paymentId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.payments} forbiddenFallback={<Forbidden />}>
      <PaymentDetails paymentId={paymentId} />
    </Authorization>
  );
}
