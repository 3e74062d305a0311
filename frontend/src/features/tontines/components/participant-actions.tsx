import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import type { Participant } from '@/features/tontines/api/get-participants';
import { CollectDialog } from '@/features/tontines/components/collect-dialog';
import { RequestWithdrawalDialog } from '@/features/tontines/components/request-withdrawal-dialog';
import { POLICIES, useIsAllowed } from '@/lib/authorization';

/** "Collect" and "Request a withdrawal", for the front office, while the participant is active. */
export function ParticipantActions({ participant, currency }: { participant: Participant; currency: string }) {
  const { t } = useTranslation();
  const allowed = useIsAllowed(POLICIES.tontineOfficer);
  const [dialog, setDialog] = useState<'collect' | 'withdraw' | null>(null);
  if (!allowed || participant.status !== 'Active') return null;
  const close = () => setDialog(null);
  return (
    <>
      <Button onClick={() => setDialog('collect')}>{t('tontines.collect.action')}</Button>
      <Button
        variant="outline-secondary"
        disabled={participant.savedBalance <= 0}
        onClick={() => setDialog('withdraw')}
      >
        {t('tontines.withdrawals.request')}
      </Button>
      {dialog === 'collect' && <CollectDialog participant={participant} currency={currency} onClose={close} />}
      {dialog === 'withdraw' && (
        <RequestWithdrawalDialog participant={participant} currency={currency} onClose={close} />
      )}
    </>
  );
}
