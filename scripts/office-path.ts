import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * LibreOffice, which the spreadsheet checks open our workbooks with: OFFICE_PATH,
 * else `soffice` or `libreoffice` on the PATH. Missing, it says how to get it
 * rather than leaving a test to fail on a spawn error.
 */
export function officePath(): string {
  const given = process.env.OFFICE_PATH;
  if (given) {
    if (!existsSync(given)) throw new Error(`OFFICE_PATH is ${given}, which does not exist.`);
    return given;
  }
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // not on the PATH: try the next name
    }
  }
  throw new Error(
    'LibreOffice is needed to check the Excel downloads as a spreadsheet shows them. Install it ' +
      '(Debian/Ubuntu: apt-get install libreoffice-calc-nogui; macOS: brew install --cask libreoffice) ' +
      'or set OFFICE_PATH to its soffice program.',
  );
}
