import { RESIZE_SCRIPT } from '@/lib/embed/resize-script';

// A file like any other: prerendered, and written to out/embed/resize.js by the static export.
export const dynamic = 'force-static';

/** The embed code's one-line script, which a host page loads from here (lib/embed/resize-script.ts). */
export function GET() {
  return new Response(RESIZE_SCRIPT, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
