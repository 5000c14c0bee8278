import { ASK_FOR_HEIGHT, CHART_ID_SHAPE, EMBED_MESSAGE_KEY, MAX_EMBED_HEIGHT } from './message';

/**
 * The embed code's one-line script (served at RESIZE_SCRIPT_PATH), which runs on the
 * host's page, on any site. It makes each of our frames as tall as the chart inside:
 * - it listens only to messages from our origin, which it reads from its own address;
 * - it takes a message only if it is a height message (lib/embed/message.ts) in every
 *   detail, reads a whole number from it and runs nothing;
 * - it resizes only the iframe whose window sent the message;
 * - on start it asks the frames already on the page for their height, in case they
 *   posted it before the script was listening.
 * Plain ES5 in a string, like the before-paint script: the host page may be anything,
 * and lib/embed/resize-script.test.ts runs this exact text.
 */
export const RESIZE_SCRIPT = `(function(){
var script=document.currentScript;if(!script||!script.src)return;
var origin=new URL(script.src).origin,key=${JSON.stringify(EMBED_MESSAGE_KEY)},chartId=${CHART_ID_SHAPE},max=${MAX_EMBED_HEIGHT};
function isRecord(v){return typeof v==='object'&&v!==null&&!Array.isArray(v);}
function frames(){return document.getElementsByTagName('iframe');}
window.addEventListener('message',function(event){
if(event.origin!==origin||!isRecord(event.data))return;
var body=event.data[key];
if(!isRecord(body)||typeof body.chart!=='string'||!chartId.test(body.chart))return;
var height=body.height;
if(typeof height!=='number'||height%1!==0||!(height>0&&height<=max))return;
for(var i=0,all=frames();i<all.length;i++)if(all[i].contentWindow===event.source){all[i].style.height=height+'px';return;}
});
for(var j=0,each=frames();j<each.length;j++){try{each[j].contentWindow.postMessage(${JSON.stringify(ASK_FOR_HEIGHT)},origin);}catch(e){}}
})();
`;
