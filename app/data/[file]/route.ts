import { attachmentName } from '@/lib/charts/files';
import { contentTypeOf, downloadNames, findDownload, isAttachment } from '@/lib/http/downloads';
import { servedBody } from '@/lib/http/served';

// Every download is known at build time: prerender them all, and 404 the rest.
export const dynamicParams = false;
// Prerendered at build time; required for the static export (`npm run export`).
export const dynamic = 'force-static';

export function generateStaticParams() {
  return downloadNames.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/[file]'>) {
  const { file } = await params;
  const download = findDownload(file);
  if (!download) return new Response('Not found', { status: 404 });
  // Raw files are served as they are on disk, byte for byte; the rest are written by our writers.
  const body = await servedBody(file);
  return new Response(body as BodyInit, {
    headers: {
      'Content-Type': contentTypeOf(file),
      ...(isAttachment(file) ? { 'Content-Disposition': `attachment; filename="${attachmentName(file)}"` } : {}),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
