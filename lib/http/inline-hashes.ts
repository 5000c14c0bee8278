import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/*
 * CSP hashes of the inline scripts and style elements in built HTML: Next.js
 * inlines its RSC payload and our URL-state script, and the slide pages inline
 * a generated <style> (one rule per slide). A script with a src has nothing
 * inline to hash, and JSON data blocks are not run. The hash is over the raw
 * text between the tags, which is what the browser hashes.
 */
export type InlineHashes = { scripts: string[]; styles: string[] };

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const NOT_RUN = /\btype\s*=\s*["']?(application\/(ld\+)?json|text\/x-component)/i;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

export function inlineHashes(html: string): InlineHashes {
  const scripts: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || NOT_RUN.test(attributes) || text.length === 0) continue;
    scripts.push(sha256(text));
  }
  const styles = [...html.matchAll(STYLE)].map(([, text = '']) => sha256(text));
  return { scripts, styles };
}

/** The pages under `dir`, each as its path from there with forward slashes: 'index.html', 'embed/trajectory.html'. */
function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Each page under `dir`, by its path from there, with its own hashes: every file read once. */
export function pageHashesUnder(dir: string): { file: string; hashes: InlineHashes }[] {
  return htmlFilesUnder(dir)
    .sort()
    .map((file) => ({ file, hashes: inlineHashes(readFileSync(join(dir, file), 'utf8')) }));
}

/** The hashes of several pages in one list, deduplicated and sorted so the header is stable from build to build. */
export function unionOf(all: readonly InlineHashes[]): InlineHashes {
  return {
    scripts: [...new Set(all.flatMap((hashes) => hashes.scripts))].sort(),
    styles: [...new Set(all.flatMap((hashes) => hashes.styles))].sort(),
  };
}

/** Every inline hash in the pages under `dir` (those `include` keeps, by their path from `dir`). */
export function inlineHashesUnder(dir: string, include: (page: string) => boolean = () => true): InlineHashes {
  return unionOf(
    pageHashesUnder(dir)
      .filter(({ file }) => include(file))
      .map(({ hashes }) => hashes),
  );
}
