// Chart tooltips are HTML strings that ECharts puts into the page with innerHTML. Names in them (accounts,
// measures, people) come from users and from ingest keys, so every value is escaped on the way in.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML that shows the same characters and can open no tag or attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** Markup built only by `html`: its literal parts are ours, its values were escaped. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/**
 * A tagged template whose interpolations are escaped, so `html\`${name}<br/>\`` keeps the tag and shows the
 * name as text. A value that is itself `SafeHtml` is kept as markup, so fragments nest.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, i) => {
    markup += value instanceof SafeHtml ? value.markup : escapeHtml(String(value ?? ''));
    markup += strings[i + 1] ?? '';
  });
  return new SafeHtml(markup);
}

/** What a tooltip formatter returns: `SafeHtml` is markup, a plain string is text and gets escaped. */
export function toMarkup(content: unknown): string {
  if (content instanceof SafeHtml) return content.markup;
  return escapeHtml(String(content ?? ''));
}

type Formatter = (...args: unknown[]) => unknown;

/**
 * The chart option with every tooltip `formatter` function (chart, series or data level) wrapped in
 * `toMarkup`, so a formatter cannot put unescaped text into the page: it returns `html\`...\`` for markup.
 * ECharts escapes its own default tooltips, `valueFormatter` results and string templates itself.
 */
export function withSafeTooltips<T>(option: T): T {
  return guard(option, false) as T;
}

function guard(node: unknown, inTooltip: boolean): unknown {
  // Series data of plain numbers and strings is left as it is: long, and it holds no formatter.
  if (Array.isArray(node)) return node.some(isOptionObject) ? node.map((n) => guard(n, inTooltip)) : node;
  if (!isOptionObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (inTooltip && key === 'formatter' && typeof value === 'function') {
      const formatter = value as Formatter;
      out[key] = (...args: unknown[]) => toMarkup(formatter(...args));
    } else {
      out[key] = guard(value, key === 'tooltip');
    }
  }
  return out;
}

const isOptionObject = (node: unknown): node is object =>
  Array.isArray(node) ||
  (!!node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype);
