/** JSON on one line, opening to the indented whole: properties of an event, payload of a rejected message. */
export function JsonPreview({ value, label }: { value: unknown; label: string }) {
  const text = typeof value === 'string' ? parseOrKeep(value) : value;
  const oneLine = typeof text === 'string' ? text : JSON.stringify(text);
  if (!oneLine || oneLine === '{}') return <span className="muted">—</span>;
  return (
    <details className="json-preview">
      <summary aria-label={label}>
        <code>{oneLine}</code>
      </summary>
      <pre>{typeof text === 'string' ? text : JSON.stringify(text, null, 2)}</pre>
    </details>
  );
}

function parseOrKeep(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
