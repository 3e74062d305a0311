import { describe, expect, it } from 'vitest';

import { attachmentFileName } from '@/lib/download';

describe('attachmentFileName', () => {
  it('reads the name ASP.NET Core writes, the UTF-8 one first', () => {
    expect(
      attachmentFileName(
        "attachment; filename=situation-clients.csv; filename*=UTF-8''situation-cli%C3%A9nts-20261203-101500.csv",
      ),
    ).toBe('situation-cliénts-20261203-101500.csv');
  });

  it('reads a plain name, quoted or not', () => {
    expect(attachmentFileName('attachment; filename=client-balances-20261203-101500.csv')).toBe(
      'client-balances-20261203-101500.csv',
    );
    expect(attachmentFileName('attachment; filename="portfolio ageing.pdf"')).toBe('portfolio ageing.pdf');
  });

  it('keeps no folder, and says when there is no name', () => {
    expect(attachmentFileName('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(attachmentFileName('attachment')).toBeNull();
    expect(attachmentFileName(null)).toBeNull();
  });
});
