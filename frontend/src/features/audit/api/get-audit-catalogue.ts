import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { currentLanguage } from '@/lib/i18n';

/** Every action and entity type the trail records, labelled in the reader's language, by label. */
export function getAuditCatalogue() {
  return unwrap(api.GET('/api/v1/audit/catalogue'));
}

export type AuditCatalogue = Awaited<ReturnType<typeof getAuditCatalogue>>;

export function getAuditCatalogueQueryOptions() {
  return queryOptions({
    // The labels are in the language asked for: one cache entry per language.
    queryKey: ['audit', 'catalogue', currentLanguage()],
    queryFn: getAuditCatalogue,
    staleTime: Infinity,
  });
}

export function useAuditCatalogue() {
  return useQuery(getAuditCatalogueQueryOptions());
}
