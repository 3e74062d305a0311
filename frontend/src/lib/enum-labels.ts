import { useTranslation } from 'react-i18next';

import type { components } from '@/types/api';

type Schemas = components['schemas'];

/**
 * The one place that says which label map of the locales (`config/locales/fr.json`, and `en.json`) names each enum of
 * the API a user may see: a status, a channel, a kind is never shown as the API spells it. A test checks this list
 * against the OpenAPI document, so a new enum or a new value without a French label fails it.
 */
export const ENUM_LABELS = {
  AccountingPeriodStatus: 'accountingPeriodStatuses',
  AnomalySeverity: 'anomalies.severities',
  AnomalyStatus: 'anomalies.statuses',
  Amortization: 'amortizations',
  BookletCellKind: 'tontineCellKinds',
  CashDrawerStatus: 'treasury.statuses',
  Channel: 'channels',
  ClientStatus: 'clientStatuses',
  DepositAccountStatus: 'accountStatuses',
  DenominationKind: 'treasury.kinds',
  DepositProductKind: 'productKinds',
  DisbursementMode: 'disbursementModes',
  Gender: 'genders',
  GlAccountType: 'glAccountTypes',
  IdDocumentType: 'idDocumentTypes',
  InstallmentState: 'installmentStates',
  InstitutionStatus: 'institutions.statuses',
  InterestMethod: 'interestMethods',
  JournalSource: 'journalSources',
  LoanStatus: 'loanStatuses',
  ManualEntryStatus: 'manualEntryStatuses',
  MessageChannel: 'messageChannels',
  MovementType: 'transactionTypes',
  NotificationKind: 'notifications.kinds',
  OrphanPaymentStatus: 'payments.orphans.statuses',
  OrphanReason: 'orphanReasons',
  OutboxStatus: 'outboxStatuses',
  PaymentEventKind: 'paymentEvents',
  PaymentProviderKind: 'providerKinds',
  PaymentPurpose: 'paymentPurposes',
  PaymentResolution: 'paymentResolutions',
  PaymentStatus: 'paymentStatuses',
  PenaltyKind: 'penaltyKinds',
  RepaymentFrequency: 'frequencies',
  ReportFormat: 'reports.formats',
  SyncOperationKind: 'sync.kinds',
  SyncOperationStatus: 'sync.states',
  TontineAdhesionStatus: 'tontineAdhesionStatuses',
  TontineParticipantStatus: 'tontineParticipantStatuses',
  TontineStatus: 'tontineStatuses',
  TontineWithdrawalStatus: 'tontineWithdrawalStatuses',
  TransactionType: 'transactionTypes',
} as const satisfies Partial<Record<keyof Schemas, string>>;

export type LabelledEnum = keyof typeof ENUM_LABELS;

/** The label of an enum's value in the user's language: `label('Channel', 'MobileMoney')` gives "Mobile money". */
export function useEnumLabel() {
  const { t } = useTranslation();
  return <Name extends LabelledEnum>(name: Name, value: Schemas[Name]) => t(`${ENUM_LABELS[name]}.${value}`);
}
