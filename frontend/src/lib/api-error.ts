/** One reason a business rule refused a request (e.g. each failed eligibility rule of a loan application). */
export type ProblemReason = { code: string; message: string };

/** An RFC 9457 problem detail answered by the API, or a failure without one. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string | null;
  readonly detail: string | null;
  readonly code: string | null;
  readonly correlationId: string | null;
  /** Validation messages keyed by camelCase field name. */
  readonly errors: Record<string, string[]>;
  /** Every reason of a refusal, when the API lists them (`reasons`, e.g. 422 `loan_not_eligible`). */
  readonly reasons: ProblemReason[];
  /** Seconds to wait before retrying (Retry-After header), when the API said so. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: unknown, retryAfter: string | null) {
    const body = isRecord(problem) ? problem : {};
    const title = stringOrNull(body.title);
    const detail = stringOrNull(body.detail);
    super(detail ?? title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.code = stringOrNull(body.code);
    this.correlationId = stringOrNull(body.correlationId);
    this.errors = parseErrors(body.errors);
    this.reasons = parseReasons(body.reasons);
    this.retryAfterSeconds = parseRetryAfter(retryAfter);
  }

  static fromResponse(response: Response, body: unknown) {
    return new ApiError(response.status, body, response.headers.get('Retry-After'));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown) {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function parseErrors(value: unknown): Record<string, string[]> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([field, messages]) => [
      field,
      Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : [String(messages)],
    ]),
  );
}

function parseReasons(value: unknown): ProblemReason[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((reason) => {
    if (!isRecord(reason)) return [];
    const code = stringOrNull(reason.code);
    const message = stringOrNull(reason.message);
    return code || message ? [{ code: code ?? '', message: message ?? '' }] : [];
  });
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
