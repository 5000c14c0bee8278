import type { Dataset } from '@/lib/dataset/build';
import { assessTargets } from '@/lib/dataset/derive';
import { sourceLookup } from '@/lib/dataset/sources';

/** Credits the article the story comes from, and says what the figures measure. */
export function PageFooter({ dataset }: { dataset: Dataset }) {
  const figure = assessTargets(dataset)[0]?.actual;
  const article = figure ? sourceLookup(dataset)(figure.source_id) : undefined;
  return (
    <footer className="page-footer">
      {article ? (
        <p>
          Based on{' '}
          <a href={article.url} rel="noopener noreferrer">
            “{article.title}”
          </a>{' '}
          by {article.author}, {article.publisher}, {article.published}. All values are total bilateral trade turnover
          in current US dollars.
        </p>
      ) : null}
    </footer>
  );
}
