/*
 * recharts 2 reads the pointer as page pixels from its wrapper's corner, assuming the
 * SVG is shown at the size it was drawn (it allows only for CSS transforms). Our
 * drawings are drawn at a fixed size and scaled by CSS to the column (and letterboxed
 * on slides), so the tooltip answered for a point a little off the pointer, the more
 * so to the right: at 1280 px wide, 34 px by 2024 on the trajectory, one year out.
 *
 * This puts the pointer into the drawing's own coordinates before recharts reads it:
 * a capture listener on the chart's host (it runs before React's handlers at the root)
 * gives each pointer event the page position that recharts' arithmetic turns into the
 * right point. The SVG's own matrix (getScreenCTM) does the conversion, so any scaling
 * or letterboxing CSS applies is allowed for.
 */

/** The pointer events recharts reads positions from (React's enter and leave come from over and out). */
const MOUSE_EVENTS = ['mousemove', 'mouseover', 'mouseout', 'mousedown', 'mouseup', 'click'] as const;
const TOUCH_EVENTS = ['touchstart', 'touchmove', 'touchend'] as const;

type PagePoint = { pageX: number; pageY: number };

/** Where recharts should think the pointer is, so that it lands on the drawing's point under it. */
function inDrawing(host: HTMLElement, clientX: number, clientY: number): PagePoint | null {
  const wrapper = host.querySelector<HTMLElement>('.recharts-wrapper');
  const svg = wrapper?.querySelector<SVGSVGElement>('svg.recharts-surface');
  const matrix = svg?.getScreenCTM();
  if (!wrapper || !matrix) return null;
  const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  const corner = wrapper.getBoundingClientRect();
  return { pageX: corner.left + window.scrollX + point.x, pageY: corner.top + window.scrollY + point.y };
}

function restate(target: object, point: PagePoint): void {
  Object.defineProperty(target, 'pageX', { value: point.pageX, configurable: true });
  Object.defineProperty(target, 'pageY', { value: point.pageY, configurable: true });
}

/** Corrects pointer positions inside `host` for recharts; returns the function that stops it. */
export function pointerInDrawing(host: HTMLElement): () => void {
  const onMouse = (event: MouseEvent) => {
    const point = inDrawing(host, event.clientX, event.clientY);
    if (point) restate(event, point);
  };
  const onTouch = (event: TouchEvent) => {
    for (const touch of Array.from(event.changedTouches)) {
      const point = inDrawing(host, touch.clientX, touch.clientY);
      if (point) restate(touch, point);
    }
  };
  for (const type of MOUSE_EVENTS) host.addEventListener(type, onMouse, { capture: true });
  for (const type of TOUCH_EVENTS) host.addEventListener(type, onTouch, { capture: true, passive: true });
  return () => {
    for (const type of MOUSE_EVENTS) host.removeEventListener(type, onMouse, { capture: true });
    for (const type of TOUCH_EVENTS) host.removeEventListener(type, onTouch, { capture: true });
  };
}
