// `npm run write-serve-config`: regenerates serve.json (static-host headers) from lib/static-headers.ts.
import { writeFileSync } from 'node:fs';
import { serveConfig } from '../lib/static-headers';

writeFileSync('serve.json', `${JSON.stringify(serveConfig(), null, 2)}\n`);
console.log('Wrote serve.json');
