import type { Metadata } from 'next';
import { PresenterPage } from '@/components/deck/presenter-page';
import { DECK_TITLE } from '@/lib/deck/slides';

export const metadata: Metadata = { title: `Presenter · ${DECK_TITLE}` };

/** The presenter's window of the article view's deck (/present). */
export default function ArticlePresenterPage() {
  return <PresenterPage view="article" />;
}
