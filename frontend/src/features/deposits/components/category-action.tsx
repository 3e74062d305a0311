import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import type { TaggableMovement } from '@/features/deposits/api/categorize-transaction';
import type { Category } from '@/features/deposits/api/get-categories';
import { CategorizeDialog } from '@/features/deposits/components/categorize-dialog';
import { useCurrentUser } from '@/lib/auth';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { formatDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/**
 * "Catégorie": tags or re-tags a movement from a list. Offered to supervisors and the administrator for any movement,
 * to an agent for those they recorded, and only once the institution has categories.
 */
export function CategoryAction({
  transaction,
  categories,
}: {
  transaction: TaggableMovement;
  categories?: readonly Category[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const mayTag = useIsAllowed(POLICIES.categorize);
  const mayTagAny = useIsAllowed(POLICIES.categorizeAny);
  const [open, setOpen] = useState(false);
  if (!categories?.length || !mayTag || (!mayTagAny && transaction.createdBy !== user.id)) return null;
  return (
    <>
      <Button
        size="sm"
        variant="link"
        className="p-0 align-baseline"
        aria-label={t('categories.tagOf', {
          date: formatDate(transaction.valueDate, locale),
          number: transaction.accountNumber,
        })}
        onClick={() => setOpen(true)}
      >
        {t('categories.tag')}
      </Button>
      {open && <CategorizeDialog transaction={transaction} categories={categories} onClose={() => setOpen(false)} />}
    </>
  );
}
