import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

type PaginationBarProps = {
  page: number;
  pageSize: number;
  totalCount: number;
  onPageChange: (page: number) => void;
};

export function PaginationBar({ page, pageSize, totalCount, onPageChange }: PaginationBarProps) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(totalCount / pageSize));

  return (
    <nav
      aria-label={t('common.pagination')}
      className="d-flex flex-wrap align-items-center gap-2 justify-content-between d-print-none"
    >
      <span className="text-body-secondary small">{t('common.resultCount', { count: totalCount })}</span>
      <div className="d-flex align-items-center gap-2">
        <Button variant="outline-secondary" size="sm" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          {t('common.previous')}
        </Button>
        <span className="small">{t('common.pageOf', { page, pageCount })}</span>
        <Button
          variant="outline-secondary"
          size="sm"
          disabled={page >= pageCount}
          onClick={() => onPageChange(page + 1)}
        >
          {t('common.next')}
        </Button>
      </div>
    </nav>
  );
}
