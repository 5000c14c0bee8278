import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { NOT_HEIGHT_MESSAGES } from './fixtures/not-height-messages';
import { ASK_FOR_HEIGHT, heightMessage } from './message';
import { RESIZE_SCRIPT } from './resize-script';

/*
 * The resize script's exact text, run on a make-believe host page: two of our
 * frames and one of another site's. Only what the script touches is modelled:
 * the frames' windows and styles, the message listener, the script's own address.
 */
const OURS = 'https://org.github.io';

function hostPage() {
  const frame = (name: string) => {
    const asked: [unknown, string][] = [];
    const contentWindow = { name, postMessage: (data: unknown, origin: string) => asked.push([data, origin]) };
    return { contentWindow, style: { height: '' }, asked };
  };
  const frames = [frame('trajectory'), frame('attainment'), frame('someone else’s')];
  let listener: ((event: { origin: string; source: unknown; data: unknown }) => void) | undefined;
  const window = {
    addEventListener: (type: string, handler: typeof listener) => {
      if (type === 'message') listener = handler;
    },
  };
  const document = {
    currentScript: { src: `${OURS}/russia-dprk/embed/resize.js` },
    getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []),
  };
  runInNewContext(RESIZE_SCRIPT, { window, document, URL });
  const post = (data: unknown, from = frames[0]?.contentWindow, origin = OURS) =>
    listener?.({ origin, source: from, data: structuredClone(data) });
  const heights = () => frames.map((f) => f.style.height);
  return { frames, post, heights, listening: () => listener !== undefined };
}

describe('the resize script on a host page', () => {
  it('sets the height of the frame that sent the message, and of no other', () => {
    const page = hostPage();
    page.post(heightMessage('trajectory', 612), page.frames[0]?.contentWindow);
    expect(page.heights()).toEqual(['612px', '', '']);
    page.post(heightMessage('attainment', 431.2), page.frames[1]?.contentWindow);
    expect(page.heights()).toEqual(['612px', '432px', '']);
    // The frame shrinks as well as grows.
    page.post(heightMessage('trajectory', 540), page.frames[0]?.contentWindow);
    expect(page.heights()).toEqual(['540px', '432px', '']);
  });

  it('ignores a well-formed message from another origin, or from a window that is none of its frames', () => {
    const page = hostPage();
    page.post(heightMessage('trajectory', 612), page.frames[0]?.contentWindow, 'https://evil.example');
    page.post(heightMessage('trajectory', 612), { name: 'a window of its own', postMessage: () => 0 });
    expect(page.heights()).toEqual(['', '', '']);
  });

  for (const [name, data] of NOT_HEIGHT_MESSAGES)
    it(`ignores a message that is not a height of ours: ${name}`, () => {
      const page = hostPage();
      page.post(data);
      expect(page.heights()).toEqual(['', '', '']);
    });

  it('asks every frame on the page for its height, addressed to our origin only', () => {
    const page = hostPage();
    for (const frame of page.frames) expect(frame.asked).toEqual([[ASK_FOR_HEIGHT, OURS]]);
  });

  it('does nothing where it cannot tell its own address (inlined, or run as a module)', () => {
    const window = { addEventListener: () => expect.unreachable('no listener without an origin') };
    const document = { currentScript: null, getElementsByTagName: () => [] };
    expect(() => runInNewContext(RESIZE_SCRIPT, { window, document, URL })).not.toThrow();
  });
});
