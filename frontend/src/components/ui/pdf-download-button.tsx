import { useMutation } from '@tanstack/react-query';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/ui/error-alert';
import { saveFile, type DownloadedFile } from '@/lib/download';

type PdfDownloadButtonProps = {
  /** Fetches the document's PDF through the API client (which sends the token), named as the API names it. */
  download: () => Promise<DownloadedFile>;
  /** "Télécharger le PDF" unless the page has several documents to tell apart. */
  label?: string;
};

/**
 * Beside Print: the document as the API prints it (docs/reporting.md, Printable documents), saved as a file. A spinner
 * shows while it downloads, the API's reason if it fails; the button itself is not printed.
 */
export function PdfDownloadButton({ download, label }: PdfDownloadButtonProps) {
  const { t } = useTranslation();
  const pdf = useMutation({ mutationFn: download, onSuccess: saveFile });
  return (
    <>
      <Button variant="outline-primary" className="d-print-none" disabled={pdf.isPending} onClick={() => pdf.mutate()}>
        {pdf.isPending && (
          <Spinner animation="border" size="sm" role="status" className="me-2">
            <span className="visually-hidden">{t('documents.downloading')}</span>
          </Spinner>
        )}
        {label ?? t('documents.downloadPdf')}
      </Button>
      <ErrorAlert error={pdf.error} className="d-print-none w-100 mb-0" />
    </>
  );
}
