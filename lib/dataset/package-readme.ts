import type { Dataset } from './build';
import { dataPackageDescriptor, type PackageBuild } from './data-package';

/*
 * The README.md inside the data package: what each file holds (its columns, from
 * the same descriptions as datapackage.json), how the figures were collected, how
 * to cite the dataset, and what to be careful of. Written from the data, so that
 * it follows the files.
 */

const keyList = new Intl.ListFormat('en-GB', { type: 'conjunction' });

export function dataPackageReadme(dataset: Dataset, build: PackageBuild): string {
  const descriptor = dataPackageDescriptor(dataset, build);
  const day = build.created.slice(0, 10);
  const publishers = new Set(dataset.trade.map((row) => row.producer));
  const years = [...new Set(dataset.trade.map((row) => row.year))].sort((a, b) => a - b);
  const sharedYears = years.filter((year) => dataset.trade.filter((row) => row.year === year).length > 1);

  const files = descriptor.resources.map((resource) =>
    [
      `### ${resource.path}: ${resource.title}`,
      '',
      resource.description,
      '',
      '| column | type | required | description |',
      '| --- | --- | --- | --- |',
      ...resource.schema.fields.map(
        (field) =>
          `| \`${field.name}\` | ${field.type} | ${field.constraints?.required ? 'yes' : 'no'} | ${field.description ?? ''} |`,
      ),
      '',
      `Each row is named by ${keyList.format(resource.schema.primaryKey.map((key) => `\`${key}\``))}.`,
    ].join('\n'),
  );

  return `# ${descriptor.title}

Version ${build.version}, built ${day}. ${descriptor.description}

## Files

- \`datapackage.json\`: a Frictionless Data Package descriptor. It gives each file below
  a Table Schema (types, constraints, keys), so that Frictionless tools can check it.
- The CSV files: UTF-8, comma-separated, one header row, amounts in whole US dollars.

${files.join('\n\n')}

## How the figures were collected

Every figure, target and event comes from a published report listed in \`sources.csv\`.
Each row quotes, in the report's language, the words that support it (with an English
gloss in \`note\`). Nothing is filled in here: the only figures we computed are marked
\`derived\` in \`kind\`, and \`derived_from\` names the amounts they add up. A year with no
published figure has no row, and charts draw it as a gap.

## Caveats

- **Publishers disagree.** KOTRA, the Russian customs service and other bodies count
  trade differently, and a figure is often revised after it is first reported. The
  files keep each producer's figure as its own row, and each report of it as a row of its
  own (${publishers.size} producers over ${years.length} years; ${sharedYears.length > 0 ? `${sharedYears.join(', ')} ${sharedYears.length === 1 ? 'has' : 'have'} more than one report` : 'no year has more than one report'}).
  Compare like with like: one producer's series at a time.
- **Reported, not measured.** Most figures reach us through news reports that cite the
  statistical body. \`producer\` names who produced the figure, and \`source_id\` names
  where it was reported.
- **Not every figure is a statistic.** \`kind\` says which figures a report states as a
  total (\`reported\`), which we added up from exports and imports (\`derived\`), which
  the report calls an estimate (\`estimate\`), and which are an official's spoken figure
  (\`statement\`).
- The \`basis\` column tells the figures of the source article (\`article\`) from those
  added for context (\`context\`).

## How to cite

> ${descriptor.title}, version ${build.version} (${day}). Data package \`${descriptor.name}\`,
> compiled from the sources listed in \`sources.csv\`. Licence: ${descriptor.licenses[0]?.title}.

The quotes are short excerpts for verification; the reports remain their publishers'.
`;
}
