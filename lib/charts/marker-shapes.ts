/*
 * The shapes that tell series apart where colour cannot (print, greyscale, a
 * colour-vision deficiency): outlines centred on 0,0, about 10 px across, each
 * with the name an exported image's key gives it in words.
 */
export type MarkerShape = { name: string; path: string };

const SQUARE = { name: 'squares', path: 'M-5,-5 H5 V5 H-5 Z' };
const TRIANGLE = { name: 'triangles', path: 'M0,-6 L5.5,4.5 H-5.5 Z' };
const CIRCLE = { name: 'circles', path: 'M-5.5,0 A5.5,5.5 0 1,0 5.5,0 A5.5,5.5 0 1,0 -5.5,0 Z' };
const INVERTED = { name: 'inverted triangles', path: 'M0,6 L5.5,-4.5 H-5.5 Z' };
const PENTAGON = { name: 'pentagons', path: 'M0,-6 L5.7,-1.9 L3.5,4.9 H-3.5 L-5.7,-1.9 Z' };
const HEXAGON = { name: 'hexagons', path: 'M-3,-5.2 H3 L6,0 L3,5.2 H-3 L-6,0 Z' };
const PLUS = { name: 'crosses', path: 'M-2,-6 H2 V-2 H6 V2 H2 V6 H-2 V2 H-6 V-2 H-2 Z' };

/** The reader's publishers: squares first, as with a single publisher. */
export const USER_SHAPES: readonly MarkerShape[] = [SQUARE, TRIANGLE, CIRCLE, INVERTED, PENTAGON, HEXAGON];

/** The published producers: the article's producer keeps the circle its figure has always had. */
export const PUBLISHED_SHAPES: readonly MarkerShape[] = [CIRCLE, SQUARE, TRIANGLE, INVERTED, PENTAGON, HEXAGON, PLUS];

export const shapeAt = (shapes: readonly MarkerShape[], index: number) => shapes[index % shapes.length] as MarkerShape;
