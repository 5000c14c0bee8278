// `npm run check-data`: validates data/*.csv and prints the same report the build does.
import { formatReport } from '../lib/csv/issues';
import { readDataset } from '../lib/dataset/load';

const { dataset, issues } = readDataset();
if (issues.length > 0) {
  console.error(formatReport(issues));
  process.exit(1);
}
const counts = Object.entries(dataset)
  .map(([name, rows]) => `${rows.length} ${name}`)
  .join(', ');
console.log(`data/ is valid: ${counts}.`);
