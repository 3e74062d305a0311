import { useParams } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { QueryView } from '@/components/ui/query-view';
import { useAccount } from '@/features/deposits/api/get-account';
import { OpeningFeeReceipt } from '@/features/deposits/components/receipt';
import { Authorization, POLICIES } from '@/lib/authorization';

function OpeningFeeReceiptPage({ accountId }: { accountId: string }) {
  return <QueryView query={useAccount(accountId)}>{(account) => <OpeningFeeReceipt account={account} />}</QueryView>;
}

export default function OpeningFeeReceiptRoute() {
  const { accountId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.clients} forbiddenFallback={<Forbidden />}>
      <OpeningFeeReceiptPage accountId={accountId} />
    </Authorization>
  );
}
