/**
 * The compiled content model: what `scripts/content/build-content.ts` writes and the app reads.
 * Markdown never reaches the DOM as HTML: it is compiled at build time into these plain objects,
 * and the app renders them with React elements only.
 */
import type { Nation, Role } from '../domain/shared/audience';

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'br' }
  | { t: 'link'; to: LinkTarget; c: Inline[] }
  | { t: 'term'; id: string; c: Inline[] }
  | { t: 'rate'; key: string };

export type LinkTarget =
  | { kind: 'external'; href: string }
  | { kind: 'guide'; id: string; section?: string }
  | { kind: 'checklist'; id: string }
  | { kind: 'template'; id: string }
  | { kind: 'tool'; id: ToolId };

export const TOOL_IDS = ['minimum-wage', 'holiday', 'sick-pay', 'employment-cost'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export interface Audience {
  nations?: Nation[];
  roles?: Role[];
}

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; level: 2 | 3; id?: string; c: Inline[] }
  | { t: 'list'; ordered: boolean; items: Block[][] }
  | { t: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { t: 'only'; audience: Audience; c: Block[] }
  | { t: 'callout'; kind: 'note' | 'warning'; c: Block[] };

export interface Source {
  title: string;
  url: string;
}

/** Translation state of one file compared with the English it was made from. */
export type TranslationState = 'original' | 'current' | 'stale' | 'missing';

interface DocumentMeta {
  id: string;
  title: string;
  roles: Role[];
  nations: Nation[];
  reviewed: string;
  sources: Source[];
  /** 'missing' means this locale has no translation and the English is shown instead. */
  translation: TranslationState;
}

export interface GuideSummary extends DocumentMeta {
  summary: string;
  topic: 'core' | 'basics';
  sections: { id: string; title: string }[];
}

export interface Guide extends GuideSummary {
  blocks: Block[];
}

export interface ChecklistItem {
  id: string;
  group?: string;
  action: Inline[];
  why: Inline[];
  how?: Inline[];
  guide?: { id: string; section?: string };
  nations: Nation[];
  roles: Role[];
}

export interface Checklist extends DocumentMeta {
  summary: string;
  items: ChecklistItem[];
}

export const TEMPLATE_FIELD_TYPES = ['text', 'textarea', 'date', 'time', 'number', 'money', 'checkbox'] as const;
export type TemplateFieldType = (typeof TEMPLATE_FIELD_TYPES)[number];

export interface TemplateField {
  id: string;
  label: string;
  hint?: Inline[];
  type: TemplateFieldType;
  required: boolean;
}

export interface Template extends DocumentMeta {
  summary: string;
  sections: { id: string; heading: string; intro?: Inline[]; fields: TemplateField[] }[];
}

export const EASY_READ_ICONS = [
  'money', 'insurance', 'id-check', 'home', 'calendar', 'clock', 'document', 'phone', 'help',
  'warning', 'person', 'tick', 'pension', 'medical', 'training', 'lifting',
] as const;
export type EasyReadIcon = (typeof EASY_READ_ICONS)[number];

export interface EasyReadPage extends DocumentMeta {
  basedOn: string;
  points: { id: string; icon: EasyReadIcon; text: Inline[] }[];
}

export interface GlossaryTerm {
  id: string;
  term: string;
  definition: Inline[];
  aliases: string[];
  guide?: { id: string; section?: string };
}

export interface LocaleStatus {
  /** A professional translator has checked this locale (always true for English). */
  humanReviewed: boolean;
  /** Share of English files with a translation in this locale, 0–100. */
  coverage: number;
}

/** Everything for one locale except guide bodies, which load one by one. */
export interface LocaleIndex {
  locale: string;
  status: LocaleStatus;
  guides: GuideSummary[];
  checklists: Checklist[];
  templates: Template[];
  easyRead: EasyReadPage[];
  glossary: GlossaryTerm[];
}

/** What a home or list page needs: titles and summaries only, small enough for the first paint. */
export interface LocaleSummary {
  locale: string;
  status: LocaleStatus;
  guides: GuideSummary[];
  checklists: Pick<Checklist, 'id' | 'title' | 'summary' | 'roles' | 'nations' | 'translation'>[];
}

export type UiStrings = { [key: string]: string | UiStrings };
