import { describe, expect, it } from 'vitest';
import { composeExportSvg, escapeXml, resolveColourVariables } from './export-svg';

const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" class="recharts-surface" width="920" height="326" viewBox="0 0 920 326" style="width:100%"><rect width="10" height="10"/></svg>';
const meta = {
  title: 'Trade in 2015 was US$84 m',
  subtitle: 'Targets & actuals',
  source: 'Source: KOTRA via CGTN, 2019-04-23',
  unit: 'Unit: US$ million',
};

describe('composeExportSvg', () => {
  const svg = composeExportSvg(chart, meta);

  it('is a 1920×1080 standalone SVG with a white background', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(svg).toContain('width="1920" height="1080" viewBox="0 0 1920 1080"');
    expect(svg).toContain('<rect width="1920" height="1080" fill="#ffffff"/>');
  });

  it('carries the title, the source and the unit as text', () => {
    expect(svg).toContain('>Trade in 2015 was US$84 m</text>');
    expect(svg).toContain('>Source: KOTRA via CGTN, 2019-04-23</text>');
    expect(svg).toContain('>Unit: US$ million</text>');
    expect(svg).toContain('>Targets &amp; actuals</text>');
  });

  it('nests the chart scaled into the body, keeping its viewBox and dropping page styles', () => {
    expect(svg).toContain(
      '<svg x="80" y="210" width="1760" height="736" viewBox="0 0 920 326" preserveAspectRatio="xMidYMid meet"><rect width="10" height="10"/></svg>',
    );
    expect(svg).not.toContain('class="recharts-surface"');
  });

  it('uses fonts that do not depend on the web page', () => {
    expect(svg).toContain(
      `font-family="Arial, Helvetica, &apos;Liberation Sans&apos;, &apos;DejaVu Sans&apos;, sans-serif"`,
    );
  });
});

describe('composeExportSvg subtitle', () => {
  it('wraps a long subtitle onto lines that fit the image, and moves the chart down to make room', () => {
    // The trajectory-with-context subtitle, which ran off the right edge of the image on one line.
    const subtitle =
      'Annual trade turnover, US$ million; dashed and dotted lines: constant growth needed to reach each target; blue dot: the article’s figure, orange rings: other publishers’ figures';
    const svg = composeExportSvg(chart, { ...meta, subtitle });
    const lines = [...svg.matchAll(/<text x="80" y="(\d+)" font-size="30" fill="#4d4d4d">([^<]*)<\/text>/g)].map(
      (m) => ({ y: Number(m[1]), text: m[2] ?? '' }),
    );
    expect(lines.map((l) => l.y)).toEqual([165, 203]);
    expect(lines.every((l) => l.text.length <= 100)).toBe(true);
    expect(lines.map((l) => l.text).join(' ')).toBe(subtitle);
    expect(svg).toContain('<svg x="80" y="248" width="1760" height="698" viewBox="0 0 920 326"');
  });
});

describe('composeExportSvg footer', () => {
  it('wraps a long source list onto lines that fit the image, and keeps the unit', () => {
    const source = `Sources: ${Array.from({ length: 8 }, (_, i) => `Publisher number ${i} via Agency, 2019-04-2${i}`).join('; ')}`;
    const svg = composeExportSvg(chart, { ...meta, source });
    const footer = [...svg.matchAll(/<text x="80" y="\d+" font-size="24" fill="#4d4d4d">([^<]*)<\/text>/g)].map(
      (m) => m[1] ?? '',
    );
    expect(footer.length).toBeGreaterThan(2);
    expect(footer.every((line) => line.length <= 118)).toBe(true);
    expect(footer.slice(0, -1).join(' ')).toBe(source);
    expect(footer.at(-1)).toBe('Unit: US$ million');
  });
});

describe('escapeXml', () => {
  it('escapes markup characters in user-visible text', () => {
    expect(escapeXml(`<script>"a" & 'b'</script>`)).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;',
    );
  });
});

describe('resolveColourVariables', () => {
  it('writes the light fallback colour in place of each theme variable, rgba() included', () => {
    const chart =
      '<svg viewBox="0 0 10 10"><rect fill="var(--article, #0072B2)" stroke="var(--chart-cursor, rgba(0, 0, 0, 0.04))"/></svg>';
    expect(resolveColourVariables(chart)).toBe(
      '<svg viewBox="0 0 10 10"><rect fill="#0072B2" stroke="rgba(0, 0, 0, 0.04)"/></svg>',
    );
  });

  it('leaves an exported slide with no var() for office programs to stumble on', () => {
    const svg = composeExportSvg('<svg viewBox="0 0 10 10"><text fill="var(--text, #1f1f1f)">x</text></svg>', {
      title: 't',
      subtitle: 's',
      source: 'src',
      unit: 'u',
    });
    expect(svg).not.toContain('var(');
    expect(svg).toContain('fill="#1f1f1f"');
  });
});
