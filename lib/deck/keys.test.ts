import { describe, expect, it } from 'vitest';
import { deckAction, keyHelp, nextSlide, slideForDigit, slideFromSearch } from './keys';

describe('slide mode keys', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])('%j moves to the next slide', (key) => {
    expect(deckAction(key)).toBe('next');
  });
  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%j moves to the previous slide', (key) => {
    expect(deckAction(key)).toBe('previous');
  });
  it('maps Home, End, F, B, full stop and P', () => {
    expect([
      deckAction('Home'),
      deckAction('End'),
      deckAction('f'),
      deckAction('B'),
      deckAction('.'),
      deckAction('p'),
    ]).toEqual(['first', 'last', 'fullscreen', 'blank', 'blank', 'presenter']);
    expect(deckAction('x')).toBeNull();
  });
  it('stays within the deck', () => {
    expect(nextSlide(7, 'next', 7)).toBe(7);
    expect(nextSlide(1, 'previous', 7)).toBe(1);
    expect(nextSlide(3, 'last', 7)).toBe(7);
    expect(nextSlide(3, 'first', 7)).toBe(1);
    expect(nextSlide(3, 'blank', 7)).toBe(3);
  });
  it('reads the slide from the URL, clamped', () => {
    expect(slideFromSearch('?slide=3', 7)).toBe(3);
    expect(slideFromSearch('?slide=99', 7)).toBe(7);
    expect(slideFromSearch('?slide=abc', 7)).toBe(1);
    expect(slideFromSearch('', 7)).toBe(1);
  });
});

describe('digits and help', () => {
  it('takes 1–9 to that slide when the deck has it, and nothing else', () => {
    expect(slideForDigit('1', 7)).toBe(1);
    expect(slideForDigit('7', 7)).toBe(7);
    expect(slideForDigit('8', 7)).toBeNull();
    expect(slideForDigit('0', 7)).toBeNull();
    expect(slideForDigit('F', 7)).toBeNull();
  });

  it('lists every key the map knows in the help, ? included', () => {
    const listed = keyHelp(7)
      .map(([keys]) => keys)
      .join(' ');
    expect(listed).toContain('1 – 7');
    for (const key of ['F', 'B', '.', 'P', '?', 'Home', 'End', 'Space', 'Page Down', 'Page Up', 'Backspace', 'Enter'])
      expect(listed).toContain(key);
    expect(deckAction('?')).toBe('help');
  });
});
