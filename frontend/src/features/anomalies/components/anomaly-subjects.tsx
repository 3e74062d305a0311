import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { Anomaly } from '@/features/anomalies/api/get-anomalies';
import { useAnomalyWords } from '@/features/anomalies/components/use-anomaly-words';

type Subject = Anomaly['subjects'][number];

/** The operations among a finding's subjects: they are its evidence, shown with the client's movements. */
export const OPERATION_TYPES = ['AccountTransaction', 'LoanRepayment'];

/** The page of a subject, where the SPA has one (a repayment's receipt needs its loan, another subject of the finding). */
export function subjectHref(subject: Subject, subjects: readonly Subject[]): string | undefined {
  switch (subject.type) {
    case 'Client':
      return paths.client.getHref(subject.id);
    case 'DepositAccount':
      return paths.account.getHref(subject.id);
    case 'Loan':
      return paths.loan.getHref(subject.id);
    case 'PaymentIntent':
      return paths.payment.getHref(subject.id);
    case 'OrphanPayment':
      return paths.payments.getHref();
    case 'AccountTransaction':
      return paths.receipt.getHref(subject.id);
    case 'LoanRepayment': {
      const loan = subjects.find((other) => other.type === 'Loan');
      return loan && paths.repaymentReceipt.getHref(loan.id, subject.id);
    }
    default:
      return undefined;
  }
}

/**
 * The objects a finding concerns, each by its kind and its name (the client's name, an account's number), a link to its
 * page where there is one.
 */
export function AnomalySubjects({ anomaly }: { anomaly: Anomaly }) {
  const { t } = useTranslation();
  const words = useAnomalyWords();
  const name = (subject: Subject) =>
    subject.label ?? (subject.type === 'Client' && subject.id === anomaly.clientId ? anomaly.clientName : null);
  return (
    <ul className="list-unstyled mb-0">
      {anomaly.subjects.map((subject, index) => {
        const href = subjectHref(subject, anomaly.subjects);
        // Unnamed (an operation): numbered among the subjects of its kind.
        const number = anomaly.subjects.slice(0, index + 1).filter((other) => other.type === subject.type).length;
        const text = name(subject) ?? t('anomalies.subjectNumber', { number });
        return (
          <li key={`${subject.type}-${subject.id}`} className="mb-1">
            <span className="text-body-secondary">{words.subjectType(subject.type)}</span>{' '}
            {href ? <Link to={href}>{text}</Link> : <span>{text}</span>}
          </li>
        );
      })}
    </ul>
  );
}
