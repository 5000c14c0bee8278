import type { Metadata } from 'next';
import { PresenterPage } from '@/components/deck/presenter-page';
import { DECK_TITLE } from '@/lib/deck/slides';

export const metadata: Metadata = { title: `Presenter, with context figures · ${DECK_TITLE}` };

/** The presenter's window of the context view's deck (/present/context). */
export default function ContextPresenterPage() {
  return <PresenterPage view="context" />;
}
