import { attachmentName } from '@/lib/charts/files';
import { withBasePath } from '@/lib/site/base-path';

type Props = {
  file: string;
  children: string;
  /** Said to screen readers after the text, so that links stay distinct. */
  context?: string;
};

/** A plain link with `download`, so it works before (and without) JavaScript. */
export function DownloadLink({ file, children, context }: Props) {
  return (
    <a className="download-link" href={withBasePath(`/data/${file}`)} download={attachmentName(file)}>
      <span aria-hidden="true">↓ </span>
      {children}
      {context ? <span className="visually-hidden"> {context}</span> : null}
    </a>
  );
}
