import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml, toMarkup, withSafeTooltips } from './escape-html.ts';

// Characters that open a tag, end an attribute value or start an entity.
const DANGEROUS = /[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/;
// Text biased towards markup, so the property meets tags, quotes and entities, not only letters.
const hostileText = fc.stringMatching(/^[\s\S]*$/).chain((base) =>
  fc
    .array(fc.constantFrom('<', '>', '"', "'", '&', '&amp;', '<img src=x onerror=alert(1)>', base), {
      maxLength: 8,
    })
    .map((parts) => parts.join('')),
);

/** What a browser shows for escaped text: the entities back as characters. */
const shownText = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('escapeHtml', () => {
  it('leaves no <, >, quote or bare & in any text, and shows the same characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), hostileText), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(DANGEROUS);
        expect(shownText(escaped)).toBe(text);
      }),
    );
  });
});

describe('html', () => {
  it('escapes every interpolated value and keeps the literal markup', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (name, label) => {
        const markup = html`${name}<br/>${label}: <b>${42}</b>`.markup;
        const [first, rest] = markup.split('<br/>') as [string, string];
        expect(first).not.toMatch(DANGEROUS);
        expect(rest.replace(/<\/?b>/g, '')).not.toMatch(DANGEROUS);
        expect(shownText(first)).toBe(name);
      }),
    );
  });

  it('keeps a nested fragment as markup and escapes undefined and null as empty text', () => {
    expect(html`<p>${html`<b>${'<x>'}</b>`}${undefined}${null}</p>`.markup).toBe('<p><b>&lt;x&gt;</b></p>');
  });
});

describe('withSafeTooltips', () => {
  const option = {
    tooltip: { formatter: () => '<img src=x onerror=alert(1)>' },
    series: [
      { tooltip: { formatter: () => html`<b>${'<svg onload=x>'}</b>` }, data: [1, 2, 3] },
      { label: { formatter: () => '<canvas text stays>' } },
    ],
  };

  it('escapes a tooltip formatter that returns a plain string', () => {
    const safe = withSafeTooltips(option);
    expect(safe.tooltip.formatter()).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps markup a series tooltip built with html, and leaves canvas labels and data alone', () => {
    const safe = withSafeTooltips(option);
    expect(safe.series[0]?.tooltip?.formatter()).toBe('<b>&lt;svg onload=x&gt;</b>');
    expect(safe.series[0]?.data).toBe(option.series[0]?.data);
    expect(safe.series[1]?.label?.formatter()).toBe('<canvas text stays>');
  });

  it('turns any formatter result into escaped markup or kept SafeHtml', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(toMarkup(text)).not.toMatch(DANGEROUS);
        expect(toMarkup(new SafeHtml(text))).toBe(text);
      }),
    );
  });
});
