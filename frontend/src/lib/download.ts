import { ApiError } from '@/lib/api-error';

/** A file the API answered, held by the browser until it is saved. */
export type DownloadedFile = { blob: Blob; fileName: string };

/**
 * The file name a `Content-Disposition` header gives: `filename*` (RFC 5987, UTF-8) first, then `filename`, without
 * any folder; null when the header names none.
 */
export function attachmentFileName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*utf-8''([^;]+)/i.exec(header)?.[1];
  let name: string | null = null;
  if (encoded) {
    try {
      name = decodeURIComponent(encoded.trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed encoded name: the plain one, if any.
    }
  }
  if (!name) {
    const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
    name = plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2].trim()) : null;
  }
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base || null;
}

/**
 * The file a call answered (made with `parseAs: 'blob'`), named by its `Content-Disposition` or else by `fallbackName`;
 * throws an {@link ApiError} carrying the problem details when the call failed.
 */
export async function unwrapFile(
  call: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<DownloadedFile> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.fromResponse(response, error);
  const fileName = attachmentFileName(response.headers.get('Content-Disposition')) ?? fallbackName;
  // An empty file (Content-Length: 0) comes without a body.
  return { blob: data ?? new Blob([]), fileName };
}

/** How long a saved file's object URL lives: the browser has started the download by then. */
const OBJECT_URL_LIFETIME_MS = 1_000;

/**
 * Saves a file the browser holds, as a link to it with `download` would. The API wants the bearer token, which a plain
 * link to its URL would not send: files are fetched by the API client, then saved from memory.
 */
export function saveFile({ blob, fileName }: DownloadedFile) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}
