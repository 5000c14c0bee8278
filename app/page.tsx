import { Dashboard } from '@/components/dashboard/dashboard';
import { loadDataset } from '@/lib/dataset/load';

/** The dashboard with the figures the article states. Static; the context view is /context. */
export default function ArticlePage() {
  return <Dashboard dataset={loadDataset()} view="article" />;
}
