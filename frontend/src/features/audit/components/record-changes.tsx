import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';

import { useAuditWords, type KnownNames } from '@/features/audit/components/use-audit-words';

type Values = Record<string, unknown>;

/** Fields that only repeat what the row already says (the entity, its institution, its parent). */
const NOISE = new Set(['id', 'institutionId', 'entryId', 'paymentIntentId']);

function parse(json: string | null | undefined): Values | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Values) : { value };
  } catch {
    return { value: json };
  }
}

export type FieldChange = { field: string; before?: unknown; after?: unknown };

/**
 * The fields a record shows, in the order recorded (those only before last): each with its value before and after the
 * change — a creation has no before, a deletion no after. A journal entry's or a payment's lines are apart.
 */
export function fieldChanges(before: string | null | undefined, after: string | null | undefined) {
  const was = parse(before);
  const is = parse(after);
  const fields = [...new Set([...Object.keys(is ?? {}), ...Object.keys(was ?? {})])].filter(
    (field) => field !== 'lines' && !NOISE.has(field),
  );
  const changes: FieldChange[] = fields.map((field) => ({ field, before: was?.[field], after: is?.[field] }));
  const lines = Array.isArray(is?.lines) ? (is.lines as Values[]) : [];
  return { changes, lines, hasBefore: was !== undefined, hasAfter: is !== undefined };
}

/** A journal entry's lines (a payment's steps): a small table, a column per field, ids the page knows named. */
function LinesTable({ lines, names }: { lines: Values[]; names: KnownNames }) {
  const { t } = useTranslation();
  const words = useAuditWords(names);
  const columns = [...new Set(lines.flatMap((line) => Object.keys(line)))].filter((field) => !NOISE.has(field));
  return (
    <Table size="sm" bordered responsive className="small mt-2 mb-0" aria-label={t('audit.lines')}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column}>{words.field(column)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line, index) => (
          <tr key={index}>
            {columns.map((column) => (
              <td key={column} className="text-break">
                {words.value(column, line[column])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/**
 * What a record changed, field by field: "Nom : Agence Ouidah → Agence Ouidah Plage" for a change, the values for a
 * creation, the values struck through for a deletion; then its lines as a table. Open by default for a change, folded
 * for a creation (all its fields) or a deletion.
 */
export function RecordChanges({
  before,
  after,
  entityType,
  names = new Map(),
}: {
  before?: string | null;
  after?: string | null;
  /** The record's entity type: what an enum field's values mean (a client's status is not a loan's). */
  entityType?: string | null;
  names?: KnownNames;
}) {
  const { t } = useTranslation();
  const words = useAuditWords(names, entityType);
  const { changes, lines, hasBefore, hasAfter } = fieldChanges(before, after);
  if (changes.length === 0 && lines.length === 0) return <span className="text-body-secondary">—</span>;
  const isChange = hasBefore && hasAfter;

  return (
    <details open={isChange}>
      <summary className="small">
        {t(isChange ? 'audit.changedFields' : hasAfter ? 'audit.createdFields' : 'audit.deletedFields', {
          count: changes.length,
        })}
      </summary>
      <ul className="list-unstyled small mb-0 mt-1">
        {changes.map(({ field, before: was, after: is }) => (
          <li key={field} className="text-break">
            <span className="fw-semibold">{words.field(field)}</span>
            {t('audit.fieldSeparator')}
            {isChange ? (
              <>
                <span className="text-body-secondary">{words.value(field, was)}</span>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden">{t('audit.becomes')} </span>
                <span>{words.value(field, is)}</span>
              </>
            ) : hasAfter ? (
              words.value(field, is)
            ) : (
              <del>{words.value(field, was)}</del>
            )}
          </li>
        ))}
      </ul>
      {lines.length > 0 && <LinesTable lines={lines} names={names} />}
    </details>
  );
}
