/**
 * An embed page's theme comes from its address, never from the dashboard's stored
 * choice: `?theme=light` or `?theme=dark` as the embed code says, else the
 * reader's system setting. Run inline after the site's before-paint script (which
 * puts a stored choice on <html>), so the chart is painted in the right colours at
 * once. Allowed by its hash in the Content-Security-Policy (lib/http/inline-hashes.ts).
 * Without JavaScript the page follows the system setting.
 */
export const EMBED_THEME_SCRIPT = `(function(){var d=document.documentElement,t;try{t=new URLSearchParams(location.search).get('theme');}catch(e){}if(t==='light'||t==='dark')d.dataset.theme=t;else delete d.dataset.theme;})();`;
