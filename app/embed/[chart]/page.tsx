import { EmbedFigure } from '@/components/embed/embed-figure';
import { chartOfAddress, embedMetadata } from '@/components/embed/embed-page';
import { loadDataset } from '@/lib/dataset/load';

export async function generateMetadata({ params }: PageProps<'/embed/[chart]'>) {
  return embedMetadata(chartOfAddress((await params).chart), 'article');
}

/** /embed/<chart>: one chart with the article's figures, for framing in another site's page. */
export default async function EmbedArticlePage({ params }: PageProps<'/embed/[chart]'>) {
  return <EmbedFigure dataset={loadDataset()} chart={chartOfAddress((await params).chart)} view="article" />;
}
