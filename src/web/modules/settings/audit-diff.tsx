import { useTranslation } from 'react-i18next';

type Change = { field: string; before: unknown; after: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields whose value differs between the two snapshots (all fields for a create or delete). */
export function changedFields(before: unknown, after: unknown): Change[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return fields
    .filter((field) => JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1);
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changes = changedFields(before, after);
  if (changes.length === 0) return <p className="muted diff-empty">{t('audit.noChanges')}</p>;
  return (
    <table className="diff">
      <thead>
        <tr>
          <th>{t('audit.field')}</th>
          <th>{t('audit.before')}</th>
          <th>{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <td className="mono">{change.field}</td>
            <td className="diff-before">
              {change.before === undefined ? '' : <del>{show(change.before)}</del>}
            </td>
            <td className="diff-after">
              {change.after === undefined ? '' : <ins>{show(change.after)}</ins>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
