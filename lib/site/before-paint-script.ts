import { BASE_PATH, withBasePath } from './base-path';
import { RESERVED_SPACE_KEY } from './reserved-space';
import { THEME_STORAGE_KEY } from './theme';

const escapedBase = () => BASE_PATH.replace(/[.]/g, '\\.').replace(/\//g, '\\/');

/** The home page's path as a regular expression literal: / or /index.html, under the base path (which may end in a slash). */
function homePattern(): string {
  return `/^${escapedBase()}(\\/|\\/index\\.html)?$/`;
}

/** The article view's slide mode, as a regular expression literal: /present or /present.html. */
function presentPattern(): string {
  return `/^${escapedBase()}\\/present(\\.html)?$/`;
}

/**
 * A tiny script for the top of <body>, run before anything is painted. It
 * - sends an old link to the context view (`/?context=1`) on to `/context`,
 *   and one to its slides (`/present?from=context`) on to `/present/context`,
 *   and a page asked for with a trailing slash (`/present/`) on to its address
 *   (`/present`), query and fragment kept, where a static host cannot (the Next
 *   server does both itself: proxy.ts, and Next's own 308);
 * - copies the slide the URL asks for (`?slide=3`) and the theme the reader
 *   picked (lib/site/theme.ts) onto <html>, where CSS shows that slide in those
 *   colours: pages stay static without a flash of the wrong slide or theme;
 * - reserves the space a returning reader's own data will take
 *   (lib/site/reserved-space.ts), when the window is as wide as when it was kept;
 * - marks <html data-js>, so that CSS hides the controls that need JavaScript
 *   (image export, file picker, slide buttons) where it is off, rather than
 *   showing them dead.
 * Its exact text is allowed by hash in the Content-Security-Policy
 * (lib/http/inline-hashes.ts).
 */
export const BEFORE_PAINT_SCRIPT = `(function(){var d=document.documentElement,l=location;d.dataset.js='1';try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')d.dataset.theme=t;var r=JSON.parse(localStorage.getItem(${JSON.stringify(RESERVED_SPACE_KEY)})||'null');if(r&&r.width===innerWidth&&r.heights){for(var k in r.heights)if(/^[a-z-]+$/.test(k)&&r.heights[k]>0)d.style.setProperty('--reserve-'+k,r.heights[k]+'px');d.dataset.reserved='1';}}catch(e){}try{var n=l.pathname;if(n.length>${BASE_PATH.length + 1}&&/\\/$/.test(n)){l.replace(n.replace(/\\/+$/,'')+l.search+l.hash);return;}var p=new URLSearchParams(l.search),go=function(k,to){p.delete(k);var q=p.toString();l.replace(to+(q?'?'+q:'')+l.hash);};if(${homePattern()}.test(n)&&/^(1|true|yes)$/.test(p.get('context')||'')){go('context',${JSON.stringify(withBasePath('/context'))});return;}if(${presentPattern()}.test(n)&&p.get('from')==='context'){go('from',${JSON.stringify(withBasePath('/present/context'))});return;}var s=parseInt(p.get('slide')||'',10);if(s>0)d.dataset.slide=String(s);}catch(e){}})();`;
