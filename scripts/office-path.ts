import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A program on the PATH, or null. */
function onPath(name: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/**
 * LibreOffice, which the spreadsheet and PowerPoint checks open our files with: OFFICE_PATH,
 * else `soffice` or `libreoffice` on the PATH. Missing, it says how to get it
 * rather than leaving a test to fail on a spawn error.
 */
export function officePath(): string {
  const given = process.env.OFFICE_PATH;
  if (given) {
    if (!existsSync(given)) throw new Error(`OFFICE_PATH is ${given}, which does not exist.`);
    return given;
  }
  const found = onPath('soffice') ?? onPath('libreoffice');
  if (found) return found;
  throw new Error(
    'LibreOffice is needed to check the Excel and PowerPoint downloads as an office suite shows them. Install it ' +
      '(Debian/Ubuntu: apt-get install libreoffice-calc-nogui libreoffice-impress-nogui; macOS: brew install --cask libreoffice) ' +
      'or set OFFICE_PATH to its soffice program.',
  );
}

/** pdftotext (Poppler), which reads back the text of a slide deck LibreOffice Impress printed to PDF. */
export function pdfToTextPath(): string {
  const found = onPath('pdftotext');
  if (found) return found;
  throw new Error(
    'pdftotext is needed to read what LibreOffice Impress shows of the PowerPoint files. Install Poppler ' +
      '(Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler).',
  );
}
