/** What the reader chose to see; kept in the URL so that a shared link opens the same view. */
export type ViewOptions = { context: boolean };

type SearchParams = Record<string, string | string[] | undefined>;

/** `?context=1` (or true/yes) turns context figures on; anything else leaves them off. */
export function viewOptionsFromSearchParams(params: SearchParams): ViewOptions {
  const raw = params.context;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return { context: value === '1' || value === 'true' || value === 'yes' };
}

export function viewQuery(options: ViewOptions): string {
  return options.context ? '?context=1' : '';
}
