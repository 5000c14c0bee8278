/**
 * The two views of the dashboard, each a page of its own: the figures the article
 * states (`/`), and those with other publishers' annual totals as context (`/context`).
 */
export const VIEWS = ['article', 'context'] as const;
export type View = (typeof VIEWS)[number];

export const showsContext = (view: View) => view === 'context';
