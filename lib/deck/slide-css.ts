/**
 * CSS that shows slide N when `attribute` on `scope` is N, for every slide in the
 * deck. Generated because CSS cannot compare an attribute with an index.
 */
export function slideVisibilityCss(count: number, scope: string, attribute: string, fallbackToFirst: boolean): string {
  const rules = Array.from(
    { length: count },
    (_, i) => `${scope}[${attribute}="${i + 1}"] .slide[data-index="${i + 1}"]`,
  );
  if (fallbackToFirst) rules.push(`${scope}:not([${attribute}]) .slide[data-index="1"]`);
  return `${rules.join(',\n')} { display: flex; }`;
}
