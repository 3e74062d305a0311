import { describe, expect, it } from 'vitest';

import { auditFiltersSchema } from '@/features/audit/api/get-audit-records';

describe('auditFiltersSchema', () => {
  it('leaves out empty filters', () => {
    expect(auditFiltersSchema.parse({ action: ' ', entityType: '', from: '', to: '' })).toEqual({});
  });

  it('sends a period as the first and last instants of its days, in local time', () => {
    const filters = auditFiltersSchema.parse({
      action: 'users.create',
      entityType: 'User',
      from: '2026-11-01',
      to: '2026-11-21',
    });

    expect(filters).toEqual({
      action: 'users.create',
      entityType: 'User',
      from: new Date(2026, 10, 1, 0, 0, 0, 0).toISOString(),
      to: new Date(2026, 10, 21, 23, 59, 59, 999).toISOString(),
    });
  });

  it('refuses a period that ends before it starts', () => {
    const result = auditFiltersSchema.safeParse({ action: '', entityType: '', from: '2026-11-21', to: '2026-11-01' });

    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['to'], message: 'audit.invalidPeriod' })]);
  });
});
