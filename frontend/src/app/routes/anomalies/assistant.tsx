import { Forbidden } from '@/components/ui/forbidden';
import { AssistantPage } from '@/features/anomalies/components/assistant-page';
import { Authorization, POLICIES } from '@/lib/authorization';

/** The audit assistant: for those who read the findings (SfdAdmin, Auditor), as the API allows. */
export default function AnomalyAssistantRoute() {
  return (
    <Authorization allowed={POLICIES.anomalies} forbiddenFallback={<Forbidden />}>
      <AssistantPage />
    </Authorization>
  );
}
