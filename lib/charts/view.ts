/** What the reader chose to see; kept in the URL (`?context=1`) so that a shared link opens the same view. */
export type ViewOptions = { context: boolean };
