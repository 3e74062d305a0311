import { useParams } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { AnomalyDetails } from '@/features/anomalies/components/anomaly-details';
import { FindingExplanation } from '@/features/anomalies/components/finding-explanation';
import { Authorization, POLICIES } from '@/lib/authorization';

/** A finding (`/anomalies/:anomalyId`): every role that reads findings reviews them. */
export default function AnomalyRoute() {
  const { anomalyId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.anomalies} forbiddenFallback={<Forbidden />}>
      <AnomalyDetails anomalyId={anomalyId} mayReview explanation={<FindingExplanation anomalyId={anomalyId} />} />
    </Authorization>
  );
}
