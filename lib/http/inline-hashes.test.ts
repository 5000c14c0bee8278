import { describe, expect, it } from 'vitest';
import { inlineHashes } from './inline-hashes';

describe('inline hashes for the CSP', () => {
  it('hashes an inline script as the CSP spec does', () => {
    // The worked example of CSP Level 3, §7.2 ("Usage of hash sources").
    const html = "<html><body><script>alert('Hello, world.');</script></body></html>";
    expect(inlineHashes(html).scripts).toEqual(['sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=']);
  });

  it('leaves out scripts loaded from a file, empty scripts and JSON data blocks', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script></script>',
      '<script type="application/ld+json">{"a":1}</script>',
      '<script id="x">self.x=1</script>',
    ].join('');
    expect(inlineHashes(html).scripts).toHaveLength(1);
  });

  it('hashes style elements separately, with the exact text between the tags', () => {
    const { scripts, styles } = inlineHashes('<style>a { color: red; }</style><style> a { color: red; }</style>');
    expect(scripts).toEqual([]);
    expect(styles).toHaveLength(2);
    expect(styles[0]).not.toBe(styles[1]);
  });
});
