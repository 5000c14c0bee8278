import type { Metadata } from 'next';
import { SlideModePage } from '@/components/deck/slide-mode-page';
import { DECK_TITLE } from '@/lib/deck/slides';

export const metadata: Metadata = { title: `Slides with context figures · ${DECK_TITLE}` };

/** Slide mode of the context view (/context): every chart with other publishers' figures. */
export default function ContextPresentPage() {
  return <SlideModePage view="context" />;
}
