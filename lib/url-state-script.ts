/**
 * A tiny script for the top of <body>, run before anything is painted: it copies
 * the view the URL asks for (`?context=1`, `?slide=3`) onto <html> as data
 * attributes, and CSS shows the matching view. Pages stay static (and work from
 * a static export) without a flash of the wrong view.
 */
export const URL_STATE_SCRIPT = `(function(){try{var p=new URLSearchParams(location.search),d=document.documentElement;var c=p.get('context');d.dataset.context=(c==='1'||c==='true'||c==='yes')?'1':'0';var s=parseInt(p.get('slide')||'',10);if(s>0)d.dataset.slide=String(s);}catch(e){}})();`;
