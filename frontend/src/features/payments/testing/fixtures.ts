import type { PaymentTarget } from '@/features/payments/api/create-payment';
import type { PaymentProvider } from '@/features/payments/api/get-payment-providers';
import type { Payment } from '@/features/payments/api/get-payments';

/** The demo's built-in provider, and a real one (inactive, so never offered), as the API lists them. */
export const PROVIDERS: PaymentProvider[] = [
  {
    id: 'pp1',
    code: 'sandbox',
    kind: 'Sandbox',
    name: 'Sandbox mobile money',
    clearingGlAccountId: 'g1',
    isActive: true,
    rejectedDeliveries: 0,
  },
  {
    id: 'pp2',
    code: 'kkiapay-cotonou',
    kind: 'Kkiapay',
    name: 'KKiaPay — agence Cotonou',
    clearingGlAccountId: 'g2',
    isActive: false,
    rejectedDeliveries: 3,
    lastRejectedAt: '2026-12-02T16:20:00Z',
    lastRejectionReason: 'signature_mismatch',
  },
];

/** A deposit to the active account COT-000123-45 of Awa Koné. */
export const DEPOSIT_TARGET: PaymentTarget = {
  purpose: 'Deposit',
  id: 'a1',
  number: 'COT-000123-45',
  clientName: 'Awa Koné',
  currency: 'XOF',
};

/** A payment of 50 000 FCFA to {@link DEPOSIT_TARGET} as the API answers it once asked: Pending. */
export const PENDING_PAYMENT: Payment = {
  id: 'pay1',
  purpose: 'Deposit',
  targetId: 'a1',
  targetNumber: 'COT-000123-45',
  clientId: 'c1',
  clientName: 'Awa Koné',
  amount: 50000,
  currency: 'XOF',
  payerPhone: '+22961234567',
  provider: 'sandbox',
  providerReference: 'SBX-REQ-pay1',
  payerInstructions:
    'Le +22961234567 reçoit une demande de paiement de 50 000 XOF : le payeur la valide avec son code secret.',
  checkoutUrl: null,
  status: 'Pending',
  createdBy: 'u1',
  createdAt: '2026-12-03T10:00:00Z',
  events: [{ kind: 'Created', at: '2026-12-03T10:00:00Z' }],
};

/** {@link PENDING_PAYMENT} once its provider confirmed it and the deposit `t9` was posted. */
export const SUCCEEDED_PAYMENT: Payment = {
  ...PENDING_PAYMENT,
  status: 'Succeeded',
  providerTransactionId: 'SBX-pay1',
  receivedAmount: 50000,
  receivedCurrency: 'XOF',
  postedOperationId: 't9',
  settledAt: '2026-12-03T10:00:02Z',
  events: [
    { kind: 'Created', at: '2026-12-03T10:00:00Z' },
    { kind: 'DeliveryReceived', at: '2026-12-03T10:00:01.6Z', detail: 'SBX-pay1' },
    { kind: 'Verified', at: '2026-12-03T10:00:01.7Z', detail: 'SBX-pay1' },
    { kind: 'Posted', at: '2026-12-03T10:00:01.8Z' },
  ],
};

/** {@link PENDING_PAYMENT} once the provider confirmed 100 FCFA less than asked: flagged for a supervisor. */
export const FLAGGED_PAYMENT: Payment = {
  ...PENDING_PAYMENT,
  payerPhone: '+22997000004',
  status: 'Flagged',
  providerTransactionId: 'SBX-pay1',
  receivedAmount: 49900,
  receivedCurrency: 'XOF',
  flagReason: 'amount_mismatch',
  settledAt: '2026-12-03T10:00:02Z',
  events: [
    { kind: 'Created', at: '2026-12-03T10:00:00Z' },
    { kind: 'DeliveryReceived', at: '2026-12-03T10:00:01.6Z', detail: 'SBX-pay1' },
    { kind: 'Verified', at: '2026-12-03T10:00:01.7Z', detail: 'SBX-pay1' },
    { kind: 'Flagged', at: '2026-12-03T10:00:01.7Z', detail: 'amount_mismatch' },
  ],
};
