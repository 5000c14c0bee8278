import type { FieldMeta } from '../csv/field-meta';
import { z } from '../csv/zod';
import type { Dataset } from './build';
import { dataFileNames, dataTables, foreignKeys, type DataFileName } from './tables';

/*
 * The dataset as a Frictionless Data Package (https://specs.frictionlessdata.io/):
 * datapackage.json, with a Table Schema for each file of data/ written from the
 * zod schemas that validate those files (each cell's type, format and constraints
 * from lib/csv/cells.ts, each column's description from lib/dataset/schema.ts), so
 * that the descriptor and the check can never disagree.
 */

export const PACKAGE_NAME = 'russia-dprk-trade';

const FILE_TEXT: Record<DataFileName, { title: string; description: string }> = {
  'sources.csv': {
    title: 'Sources',
    description: 'Every report a figure, target or event is taken from, with its web address.',
  },
  'targets.csv': {
    title: 'Trade targets',
    description:
      'Targets set for annual Russia–DPRK trade, as the source article and other reports state them, each with the words that state it.',
  },
  'trade.csv': {
    title: 'Annual trade',
    description:
      'Published annual totals of Russia–DPRK trade (exports plus imports), one row per year, producer and report, each with its kind and the words that state it.',
  },
  'events.csv': {
    title: 'Events',
    description: 'Events in Russia–DPRK relations that bear on trade, each with its source.',
  },
};

export type TableSchemaField = FieldMeta & { name: string; description?: string };

function fieldOf(name: string, cell: z.ZodType): TableSchemaField {
  const meta = z.globalRegistry.get(cell) as { field?: FieldMeta; description?: string } | undefined;
  if (!meta?.field) throw new Error(`The column ${name} has no Table Schema metadata: give its cell schema one.`);
  return { name, ...meta.field, ...(meta.description ? { description: meta.description } : {}) };
}

/** The Table Schema of one file of data/. */
export function tableSchemaOf(file: DataFileName) {
  const { row, primaryKey } = dataTables[file];
  return {
    fields: Object.entries(row.shape as Record<string, z.ZodType>).map(([name, cell]) => fieldOf(name, cell)),
    primaryKey: [...primaryKey],
    // The profile wants at least one foreign key where the list is given at all.
    ...(foreignKeys[file].length > 0 ? { foreignKeys: foreignKeys[file] } : {}),
    missingValues: [''],
  };
}

export type PackageBuild = { version: string; created: string };

/** Said from the data, so that it follows the files: who published the annual figures, and over which years. */
function packageDescription(dataset: Dataset): string {
  const publishers = [...new Set(dataset.trade.map((row) => row.producer))];
  const years = dataset.trade.map((row) => row.year);
  return (
    `The targets Russian officials set for Russia–DPRK trade, the annual trade figures for ${Math.min(...years)}–${Math.max(...years)} ` +
    `published by ${new Intl.ListFormat('en', { type: 'conjunction' }).format(publishers)}, and the events around them. ` +
    'Every row carries its source and the exact words that support it.'
  );
}

/** datapackage.json: the package, its sources (every report cited) and one tabular resource per file. */
export function dataPackageDescriptor(dataset: Dataset, build: PackageBuild) {
  return {
    profile: 'tabular-data-package',
    name: PACKAGE_NAME,
    title: 'Russia–DPRK bilateral trade: targets versus actual trade, with sources',
    description: packageDescription(dataset),
    version: build.version,
    created: build.created,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    sources: dataset.sources.map((source) => ({ title: `${source.publisher}: ${source.title}`, path: source.url })),
    contributors: [{ title: 'Russia–DPRK trade dashboard', role: 'author' }],
    keywords: ['Russia', 'North Korea', 'DPRK', 'bilateral trade', 'trade targets'],
    resources: dataFileNames.map((file) => ({
      profile: 'tabular-data-resource',
      name: file.replace(/\.csv$/, ''),
      path: file,
      title: FILE_TEXT[file].title,
      description: FILE_TEXT[file].description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: tableSchemaOf(file),
    })),
  };
}
