import { THEME_STORAGE_KEY } from './theme';

/**
 * A tiny script for the top of <body>, run before anything is painted: it copies
 * the view the URL asks for (`?context=1`, `?slide=3`) and the theme the reader
 * picked (lib/theme.ts) onto <html> as data attributes, and CSS shows the
 * matching view in the matching colours. Pages stay static (and work from a
 * static export) without a flash of the wrong view or theme. It also marks
 * <html data-js>, so that CSS hides the controls that need JavaScript (image
 * export, file picker, slide buttons) where it is off, rather than showing them
 * dead. Its exact text is allowed by hash in the Content-Security-Policy
 * (lib/inline-hashes.ts).
 */
export const URL_STATE_SCRIPT = `(function(){var d=document.documentElement;d.dataset.js='1';try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')d.dataset.theme=t;}catch(e){}try{var p=new URLSearchParams(location.search);var c=p.get('context');d.dataset.context=(c==='1'||c==='true'||c==='yes')?'1':'0';var s=parseInt(p.get('slide')||'',10);if(s>0)d.dataset.slide=String(s);}catch(e){}})();`;
