import type { CitedText } from '@/lib/dataset/cited-text';

/** Sentences from lib/ with their citations drawn as links to the reports. */
export function CitedTextView({ text }: { text: CitedText }) {
  return text.map((part, index) =>
    typeof part === 'string' ? (
      part
    ) : (
      <a key={`${part.sourceId}-${index}`} href={part.url} rel="noopener noreferrer">
        {part.text}
      </a>
    ),
  );
}
