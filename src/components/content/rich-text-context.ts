import { createContext, useContext } from 'react';
import type { GlossaryTerm } from '../../content/model';
import type { Nation, Role } from '../../domain/shared/audience';

export interface RichTextSettings {
  locale: string;
  localeTag: string;
  nation: Nation | null;
  role: Role | null;
  glossary: ReadonlyMap<string, GlossaryTerm>;
  /** The date rates are shown for; today unless a page shows a past period. */
  date?: string;
}

export const RichTextContext = createContext<RichTextSettings>({
  locale: 'en',
  localeTag: 'en-GB',
  nation: null,
  role: null,
  glossary: new Map(),
});

export function useRichText(): RichTextSettings {
  return useContext(RichTextContext);
}
