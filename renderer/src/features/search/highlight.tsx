import { Mark } from '@mantine/core';
import { MATCH_END, MATCH_START } from '../../../../shared/domain/search';

export interface SnippetPart {
  text: string;
  match: boolean;
}

const strip = (text: string) => text.split(MATCH_START).join('').split(MATCH_END).join('');

/** Splits a snippet on the match markers; a stray or unclosed marker is dropped, never shown. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  snippet.split(MATCH_START).forEach((chunk, index) => {
    const end = index === 0 ? -1 : chunk.indexOf(MATCH_END);
    if (end < 0) {
      parts.push({ text: strip(chunk), match: false });
      return;
    }
    parts.push({ text: chunk.slice(0, end), match: true });
    parts.push({ text: strip(chunk.slice(end + 1)), match: false });
  });
  return parts.filter((part) => part.text.length > 0);
}

/** The snippet as plain text, for a title attribute. */
export function plainSnippet(snippet: string): string {
  return strip(snippet);
}

/** Renders matched words as <mark>; the text is always rendered as text, never as HTML. */
export function Highlight({ text }: { text: string }) {
  return (
    <>
      {splitSnippet(text).map((part, index) =>
        part.match ? (
          <Mark key={index} color="yellow" px={1}>
            {part.text}
          </Mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
