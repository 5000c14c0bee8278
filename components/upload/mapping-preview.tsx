import { formatUsdExact } from '@/lib/format';
import type { PreviewCell, PreviewRow } from '@/lib/upload/mapping/preview';

/** A cell of the preview: what will be read, or what is wrong with it, as text. */
function Cell({ cell }: { cell: PreviewCell }) {
  return cell.ok ? <>{cell.text}</> : <span className="mapping-problem">{cell.message}</span>;
}

/** The first rows as the choices will read them, line by line as an editor numbers them. */
export function MappingPreview({ rows, fileName }: { rows: PreviewRow[]; fileName: string }) {
  if (rows.length === 0) return <p>{fileName} has no rows under its header.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Preview of the first rows" tabIndex={0}>
      <table className="mapping-preview">
        <caption>The first rows of {fileName}, as they will be read</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Period</th>
            <th scope="col">Value as read</th>
            <th scope="col">US dollars</th>
            <th scope="col">Publisher</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-line={row.line}>
              <td className="num">{row.line}</td>
              <td>
                <Cell cell={row.period} />
              </td>
              <td className="num">
                <Cell cell={row.asRead} />
              </td>
              <td className="num">{row.usd === null ? '' : formatUsdExact(row.usd)}</td>
              <td>
                <Cell cell={row.publisher} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
