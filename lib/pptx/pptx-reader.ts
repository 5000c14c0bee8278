import { strFromU8, unzipSync } from 'fflate';

/*
 * A .pptx read back as its parts, for tests (unit and e2e) that check what a
 * reader gets: slide titles and text, the charts' cached series and values, the
 * notes, the links. Only what the checks need; not a general reader.
 */

export type PptxParts = {
  slides: string[];
  charts: string[];
  notes: string[];
  /** Each slide's hyperlink targets, from its relationships. */
  links: string[][];
  names: string[];
};

const byNumber = (a: string, b: string) => Number(/(\d+)\.xml/.exec(a)?.[1]) - Number(/(\d+)\.xml/.exec(b)?.[1]);

export function readPptx(bytes: Uint8Array): PptxParts {
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const text = (name: string) => strFromU8(files[name] as Uint8Array);
  const matching = (pattern: RegExp) => names.filter((n) => pattern.test(n)).sort(byNumber);
  const slides = matching(/^ppt\/slides\/slide\d+\.xml$/);
  return {
    slides: slides.map(text),
    charts: matching(/^ppt\/charts\/chart\d+\.xml$/).map(text),
    notes: matching(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map(text),
    links: slides.map((slide) => {
      const rels = slide.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels');
      return names.includes(rels)
        ? [...text(rels).matchAll(/Target="([^"]+)"[^>]*TargetMode="External"/g)].map((m) => decode(m[1] ?? ''))
        : [];
    }),
    names,
  };
}

/** XML's five entities, decoded. */
const decode = (xml: string) =>
  xml
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** The text runs of a part, joined: what a reader reads on the slide. */
export function textOf(xml: string): string {
  return decode([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '').join(''));
}

/** A chart part's series: each name with its cached values (null where a point is absent: a gap). */
export function seriesOf(chartXml: string): { name: string; values: (number | null)[] }[] {
  return [...chartXml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser = '']) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '';
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? '';
    const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(val)?.[1] ?? 0);
    const values: (number | null)[] = Array.from({ length: count }, () => null);
    for (const m of val.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) values[Number(m[1])] = Number(m[2]);
    return { name: decode(name), values };
  });
}
