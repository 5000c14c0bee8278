import type { Metadata } from 'next';
import { SlideModePage } from '@/components/deck/slide-mode-page';
import { DECK_TITLE } from '@/lib/deck/slides';

export const metadata: Metadata = { title: `Slides · ${DECK_TITLE}` };

/** Slide mode of the article view (/); the context view's is /present/context. */
export default function PresentPage() {
  return <SlideModePage view="article" />;
}
