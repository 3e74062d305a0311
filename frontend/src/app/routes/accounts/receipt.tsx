import { useParams } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { Receipt } from '@/features/deposits/components/receipt';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function ReceiptRoute() {
  const { transactionId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.clients} forbiddenFallback={<Forbidden />}>
      <Receipt transactionId={transactionId} />
    </Authorization>
  );
}
