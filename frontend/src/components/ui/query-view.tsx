import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageSpinner } from '@/components/ui/page-spinner';

type QueryViewProps<Data> = { query: UseQueryResult<Data>; children: (data: Data) => ReactNode };

/** What a query loaded, once it has: a spinner until then, the error (with a retry button) if it failed. */
export function QueryView<Data>({ query, children }: QueryViewProps<Data>) {
  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return children(query.data);
}
