import { Fragment } from 'react';
import type { SnippetPart } from '../../content/search';

/**
 * Text with the words that matched the search in <mark>, which also makes them bold (not colour
 * alone). Other text stays bare text, so spaces beside a mark survive in accessible names.
 */
export function Highlighted({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}
    </>
  );
}
