import { describe, expect, it } from 'vitest';

import { auditFilters, auditFiltersSchema } from '@/features/audit/api/get-audit-records';

describe('auditFilters', () => {
  it('leaves out blank filters and, unless asked for, the sign-ins', () => {
    expect(auditFilters({ action: ' ', entityType: '', entityId: '', actor: '', from: '', to: '', signIns: '' })).toEqual({});
  });

  it('sends a period as the first and last instants of its days in local time, and the sign-ins when asked for', () => {
    const query = auditFilters({
      action: 'UpdateBranch',
      entityType: 'Branch',
      entityId: 'b1',
      actor: ' sfd.admin ',
      from: '2026-11-01',
      to: '2026-11-21',
      signIns: 'true',
    });

    expect(query).toEqual({
      action: 'UpdateBranch',
      entityType: 'Branch',
      entityId: 'b1',
      actor: 'sfd.admin',
      from: new Date(2026, 10, 1, 0, 0, 0, 0).toISOString(),
      to: new Date(2026, 10, 21, 23, 59, 59, 999).toISOString(),
      includeSignIns: true,
    });
  });

  it('drops a mistyped day from a shared link rather than have the API refuse the page', () => {
    expect(auditFilters({ from: '21/11/2026', to: '2026-11-30' })).toEqual({
      to: new Date(2026, 10, 30, 23, 59, 59, 999).toISOString(),
    });
  });
});

describe('auditFiltersSchema', () => {
  it('refuses a period that ends before it starts', () => {
    const result = auditFiltersSchema.safeParse({
      action: '',
      entityType: '',
      actor: '',
      from: '2026-11-21',
      to: '2026-11-01',
      signIns: false,
    });

    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['to'], message: 'audit.invalidPeriod' })]);
  });
});
