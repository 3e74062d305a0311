import type { FeedPage, Notification } from '@/features/notifications/api/get-notifications';

/** A withdrawal waiting for the supervisor, unread, as the API words it in French. */
export const WITHDRAWAL_TO_APPROVE: Notification = {
  id: 'n3',
  kind: 'WithdrawalPendingApproval',
  title: 'Retrait à approuver',
  body: 'Awa Diallo demande un retrait de 1 100 000 FCFA sur le compte EP-000012 de Afiavi Houngbo.',
  link: '/approvals',
  createdAt: '2026-12-04T10:15:00Z',
  readAt: null,
};

/** An account opening, unread, older. */
export const ACCOUNT_TO_APPROVE: Notification = {
  id: 'n2',
  kind: 'AccountPendingApproval',
  title: 'Ouverture de compte à approuver',
  body: 'Awa Diallo demande l’ouverture du compte EP-000013 (Épargne Classique) pour Codjo Ahouansou.',
  link: '/approvals',
  createdAt: '2026-12-04T09:00:00Z',
  readAt: null,
};

/** A payment that succeeded, read already, the oldest. */
export const PAYMENT_SUCCEEDED: Notification = {
  id: 'n1',
  kind: 'PaymentSucceeded',
  title: 'Paiement réussi',
  body: 'Le paiement Sandbox de 5 000 FCFA (dépôt) a réussi.',
  link: '/paiements/p1',
  createdAt: '2026-12-03T16:40:00Z',
  readAt: '2026-12-03T17:00:00Z',
};

/** A page of the feed holding `items`, out of `totalCount` lines. */
export function feedPage(items: Notification[], page = 1, totalCount = items.length, pageSize = 20): FeedPage {
  return { items, page, pageSize, totalCount };
}
