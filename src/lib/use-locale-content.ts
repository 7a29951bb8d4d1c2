import { useMemo } from 'react';
import { useLocaleIndex, type Loadable } from '../content/use-content';
import type { LocaleIndex } from '../content/model';
import type { RichTextSettings } from '../components/content/rich-text-context';
import { useReader } from './use-reader';

/** The reader's locale content plus the settings every rich-text renderer needs. */
export function useLocaleContent(): { content: Loadable<LocaleIndex>; settings: RichTextSettings } {
  const reader = useReader();
  const content = useLocaleIndex(reader.locale.code);
  const glossary = content.status === 'ready' ? content.data.glossary : null;
  const settings = useMemo<RichTextSettings>(
    () => ({
      locale: reader.locale.code,
      localeTag: reader.locale.tag,
      nation: reader.nation,
      role: reader.role,
      glossary: new Map((glossary ?? []).map((term) => [term.id, term])),
    }),
    [reader.locale.code, reader.locale.tag, reader.nation, reader.role, glossary],
  );
  return { content, settings };
}
