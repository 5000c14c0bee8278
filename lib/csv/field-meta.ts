/**
 * How a cell is described in a Frictionless Table Schema (lib/dataset/data-package.ts
 * writes the descriptor from these): its type, format and constraints, set beside
 * the rule that checks them so that the two cannot drift apart.
 */
export type FieldMeta = {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  format?: 'default' | 'uri';
  trueValues?: string[];
  falseValues?: string[];
  constraints?: {
    required?: boolean;
    minimum?: number;
    maximum?: number;
    pattern?: string;
    enum?: string[];
  };
};

/** Patterns as a Table Schema writes them: the whole value must match (XML Schema style, no anchors). */
export const SLUG_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';
export const PARTIAL_DATE_PATTERN = '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?';
/** A BCP 47 language tag as reports are tagged here: en, ko, ru, fr, pt-BR. */
export const LANGUAGE_PATTERN = '[a-z]{2,3}(-[A-Za-z0-9]{2,8})*';

export function field(meta: FieldMeta) {
  return { field: meta };
}
