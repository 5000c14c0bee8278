import { EmbedFigure } from '@/components/embed/embed-figure';
import { chartOfAddress, embedMetadata } from '@/components/embed/embed-page';
import { loadDataset } from '@/lib/dataset/load';

export async function generateMetadata({ params }: PageProps<'/embed/[chart]/context'>) {
  return embedMetadata(chartOfAddress((await params).chart), 'context');
}

/** /embed/<chart>/context: the chart with context figures, as the dashboard's /context shows it. */
export default async function EmbedContextPage({ params }: PageProps<'/embed/[chart]/context'>) {
  return <EmbedFigure dataset={loadDataset()} chart={chartOfAddress((await params).chart)} view="context" />;
}
