/*
 * The current slide lives on <html data-slide>, where the inline URL script puts
 * it before the first paint and where the slide CSS reads it. React subscribes to
 * it as an external store, so hydration starts from the server's slide 1 and then
 * moves to the URL's slide without a mismatch.
 */
const listeners = new Set<() => void>();

export function subscribeToSlide(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentSlide(): number {
  const value = Number(document.documentElement.dataset.slide);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

export function serverSlide(): number {
  return 1;
}

export function setCurrentSlide(slide: number): void {
  document.documentElement.dataset.slide = String(slide);
  for (const listener of listeners) listener();
}
