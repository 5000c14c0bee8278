import { attachmentName } from '@/lib/downloads';

type Props = { file: string; children: string };

/** A plain link with `download`, so it works before (and without) JavaScript. */
export function DownloadLink({ file, children }: Props) {
  return (
    <a className="download-link" href={`/data/${file}`} download={attachmentName(file)}>
      <span aria-hidden="true">↓ </span>
      {children}
    </a>
  );
}
