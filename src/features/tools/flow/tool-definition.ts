import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import type { IsoDate } from '../../../domain/shared/iso-date';
import type { Formatters } from '../format/formatters';

export const TOOL_IDS = ['minimum-wage', 'holiday', 'sick-pay', 'employment-cost'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export function isToolId(value: unknown): value is ToolId {
  return typeof value === 'string' && (TOOL_IDS as readonly string[]).includes(value);
}

/** How a field is typed in; decides the generic error messages and which element to focus. */
export type FieldKind = 'money' | 'hours' | 'number' | 'date' | 'choice';

/**
 * A problem with one form field, as codes: the tool's messages turn it into words. `parts` names
 * the date boxes at fault; `values` fills placeholders in the message.
 */
export interface Issue {
  field: string;
  code: string;
  parts?: readonly string[];
  values?: Record<string, string | number>;
}

export type Evaluation<R> = { ok: true; result: R } | { ok: false; issues: Issue[] };

/** What a field on screen needs to show its error. */
export interface FieldMessage {
  message: string;
  parts?: readonly string[];
}

/** Everything a step or result needs to put things into words for this reader. */
export interface ToolContext {
  t: TFunction;
  fmt: Formatters;
  localeCode: string;
  /** BCP 47 tag for Intl (en-GB, cy-GB). */
  localeTag: string;
  today: IsoDate;
}

export interface StepProps<F> {
  form: F;
  update: (patch: Partial<F>) => void;
  errors: Readonly<Record<string, FieldMessage>>;
  /** The DOM id for a field of this tool. */
  idFor: (field: string) => string;
  context: ToolContext;
}

export interface SummaryRow {
  field: string;
  label: string;
  value: string;
}

export interface ToolStep<F> {
  /** The URL segment: /<locale>/tools/<tool>/<step>. */
  id: string;
  titleKey: string;
  /** The form fields on this step, in page order (errors are listed in this order). */
  fields: readonly string[];
  Fields: ComponentType<StepProps<F>>;
  summary: (form: F, context: ToolContext) => SummaryRow[];
  /** Leave the step out for some answers (e.g. questions only for irregular hours). */
  applies?: (form: F) => boolean;
}

export interface WorkingStep {
  text: string;
  details?: string[];
}

export interface GuideLink {
  guide: string;
  section?: string;
  label: string;
}

/** The result in words, used alike on screen, in print and in the text to copy or share. */
export interface ResultDescription {
  tone: 'good' | 'bad' | 'neutral';
  headline: string;
  lines: string[];
  workings: WorkingStep[];
  notes: string[];
  guideLinks: GuideLink[];
}

export interface ResultExtraProps<F, R> {
  form: F;
  result: R;
  context: ToolContext;
  /** Report something in the page's live region (e.g. "Letter copied"). */
  announce: (message: string) => void;
}

export interface ToolDefinition<F, R> {
  id: ToolId;
  /** i18n prefix of the tool's own strings, e.g. 'tools.minimumWage'. */
  ns: string;
  /** Short prefix for DOM ids, unique among tools. */
  idPrefix: string;
  initial: F;
  fieldKinds: Readonly<Record<string, FieldKind>>;
  steps: readonly ToolStep<F>[];
  /** Turn a stored draft or saved input (maybe from an older version) into a form, or refuse it. */
  restoreForm: (stored: unknown) => F | undefined;
  /** Check a saved result still has the shape the result page reads, or refuse it. */
  restoreResult: (stored: unknown) => R | undefined;
  evaluate: (form: F, today: IsoDate) => Evaluation<R>;
  describe: (form: F, result: R, context: ToolContext) => ResultDescription;
  defaultLabel: (form: F, result: R, context: ToolContext) => string;
  /** Extra result content, such as a letter to the council. */
  ResultExtra?: ComponentType<ResultExtraProps<F, R>>;
}
