import { highlightSegments } from './highlight-segments.ts';

/** Text with the given terms in <mark>, rendered as text nodes only (article text is untrusted). */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
