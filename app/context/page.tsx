import type { Metadata } from 'next';
import { Dashboard } from '@/components/dashboard/dashboard';
import { loadDataset } from '@/lib/dataset/load';
import { DECK_TITLE } from '@/lib/deck/slides';

export const metadata: Metadata = { title: `With context figures · ${DECK_TITLE}` };

/** The dashboard with other publishers' annual totals as context. Static, like the article view at /. */
export default function ContextPage() {
  return <Dashboard dataset={loadDataset()} view="context" />;
}
