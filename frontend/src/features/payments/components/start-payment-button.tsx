import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import type { PaymentTarget } from '@/features/payments/api/create-payment';
import { getPaymentProvidersQueryOptions } from '@/features/payments/api/get-payment-providers';
import { StartPaymentDialog } from '@/features/payments/components/start-payment-dialog';
import { POLICIES, useIsAllowed } from '@/lib/authorization';

type StartPaymentButtonProps = {
  target: PaymentTarget;
  /** The client's phone, to prefill the payer's. */
  payerPhone?: string;
};

/** "Deposit by mobile money" (or the fee, or a repayment), for those who may ask a payer to pay (as the API allows). */
export function StartPaymentButton({ target, payerPhone }: StartPaymentButtonProps) {
  const { t } = useTranslation();
  const allowed = useIsAllowed(POLICIES.paymentCollection);
  const [open, setOpen] = useState(false);
  // Asked with the page, so that the dialog opens on its form rather than on a spinner.
  useQuery({ ...getPaymentProvidersQueryOptions(), enabled: allowed });
  if (!allowed) return null;
  return (
    <>
      <Button variant="outline-primary" onClick={() => setOpen(true)}>
        {t(`payments.actions.${target.purpose}`)}
      </Button>
      {open && <StartPaymentDialog target={target} payerPhone={payerPhone} onClose={() => setOpen(false)} />}
    </>
  );
}
