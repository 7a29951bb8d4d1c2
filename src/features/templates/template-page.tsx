import { Fragment, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ContentState } from '../../components/content-state';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { NotFoundPage } from '../../components/not-found-page';
import { PageActions } from '../../components/page-actions';
import { PageHeading } from '../../components/page-heading';
import { InlineContent } from '../../components/content/inline-content';
import { RichTextContext, type RichTextSettings } from '../../components/content/rich-text-context';
import { SourcesList } from '../../components/content/sources-list';
import { TranslationNotice } from '../../components/content/translation-notice';
import { ReadAloudButton } from '../../components/read-aloud/read-aloud-button';
import type { LocaleIndex, Template } from '../../content/model';
import { useLocaleContent } from '../../lib/use-locale-content';
import { useDraft, useStorageHealth, type DraftStatus, type StorageHealth } from '../../storage';
import { DocumentActions } from './document-actions';
import { TemplateDocument } from './template-document';
import { TemplateFieldInput, fieldControlId } from './template-field-input';
import { guideLinksFor } from './template-guides';
import { TemplateGuidance } from './template-guidance';
import { templateToText } from './template-text';
import {
  NO_VALUES, hasAnyInput, missingRequiredFields, restoreTemplateValues, templateDraftKey, templateProblems,
  type FieldProblem, type TemplateValues,
} from './template-values';
import './templates.css';

const DRAFT_OPTIONS = { restore: restoreTemplateValues };

function problemMessage(t: TFunction, problem: FieldProblem): string {
  const label = problem.field.label;
  if (problem.kind === 'number') return t('templates.errors.number', { label });
  return problem.field.type === 'checkbox' ? t('templates.errors.requiredCheckbox', { label }) : t('templates.errors.required', { label });
}

function useSaveLine(values: TemplateValues, draft: DraftStatus, health: StorageHealth): { text: string; failed: boolean } {
  const { t } = useTranslation();
  if (health.mode === 'memory' || health.mode === 'none') return { text: t('templates.save.notKept'), failed: false };
  if (!draft.loaded) return { text: t('templates.save.loading'), failed: false };
  switch (draft.saveState) {
    case 'saving':
      return { text: t('storage.saving'), failed: false };
    case 'failed':
      return { text: t('storage.saveFailedDetail'), failed: true };
    case 'saved':
      return { text: t('storage.saved'), failed: false };
    case 'idle':
      return { text: hasAnyInput(values) ? t('storage.saved') : t('templates.save.empty'), failed: false };
  }
}

function TemplateView({ template, index, settings }: { template: Template; index: LocaleIndex; settings: RichTextSettings }) {
  const { t } = useTranslation();
  const [values, setValues, draft] = useDraft<TemplateValues>(templateDraftKey(template.id), NO_VALUES, DRAFT_OPTIONS);
  const health = useStorageHealth();
  const saveLine = useSaveLine(values, draft, health);
  const [search, setSearch] = useSearchParams();
  const showDocument = search.get('view') === 'document';
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const documentIntroRef = useRef<HTMLParagraphElement>(null);
  const clearButtonRef = useRef<HTMLButtonElement>(null);
  const justChecked = useRef(false);
  const guideLinks = guideLinksFor(template.id, index.guides, settings.locale);
  const markOptional = template.sections.some((section) => section.fields.some((field) => field.required));

  // A new list only when the form is checked again: the summary takes focus whenever it changes.
  const summary = useMemo<FieldError[]>(
    () => problems.map((problem) => ({ target: fieldControlId(problem.field), message: problemMessage(t, problem) })),
    [problems, t],
  );
  const errorFor = (fieldId: string) => {
    const problem = problems.find((p) => p.field.id === fieldId);
    return problem ? problemMessage(t, problem) : undefined;
  };

  // After "Check and print", the finished document replaces the form: say so by moving focus there.
  useEffect(() => {
    if (showDocument && justChecked.current) {
      justChecked.current = false;
      documentIntroRef.current?.focus();
    }
  }, [showDocument]);

  const change = useCallback((fieldId: string, value: string | boolean) => {
    setNotice(null);
    setValues((previous) => ({ ...previous, [fieldId]: value }));
  }, [setValues]);
  // The hidden printable copy can lag a keystroke behind; typing stays quick on a slow phone.
  const printValues = useDeferredValue(values);

  const check = (event: React.FormEvent) => {
    event.preventDefault();
    const found = templateProblems(template, values);
    setProblems(found);
    if (found.length) return;
    justChecked.current = true;
    setSearch({ view: 'document' });
  };

  const clear = async () => {
    const result = await draft.clear();
    setConfirmingClear(false);
    setProblems([]);
    setNotice(result.ok ? t('templates.form.cleared') : t('storage.saveFailedDetail'));
    clearButtonRef.current?.focus();
  };

  const missingCount = draft.loaded ? missingRequiredFields(template, values).length : 0;

  return (
    <article ref={articleRef} className="template-page">
      <PageHeading>{template.title}</PageHeading>
      <p className="lead no-print">{template.summary}</p>
      <div className="no-print">
        <TranslationNotice state={template.translation} humanReviewed={index.status.humanReviewed} englishPath={`/en/templates/${template.id}`} />
      </div>

      {showDocument ? (
        <Fragment key="document">
          <p className="no-print template-page__document-intro" tabIndex={-1} ref={documentIntroRef}>{t('templates.document.intro')}</p>
          {missingCount > 0 && <p className="banner banner--warning no-print">{t('templates.document.missing', { count: missingCount })}</p>}
          <p className="no-print"><Link to={{ search: '' }}>{t('templates.document.change')}</Link></p>
          <DocumentActions title={template.title} text={templateToText(template, values, { localeTag: settings.localeTag })}>
            <ReadAloudButton target={articleRef} lang={settings.localeTag} />
          </DocumentActions>
          <TemplateDocument template={template} values={values} localeTag={settings.localeTag} label={t('templates.document.label')} />
          <TemplateGuidance id="template-guidance" links={guideLinks} />
        </Fragment>
      ) : (
        <Fragment key="form">
          <TemplateGuidance id="template-guidance" links={guideLinks} />
          <PageActions>
            <ReadAloudButton target={articleRef} lang={settings.localeTag} />
          </PageActions>
          <p className="hint no-print">{t('templates.form.printHint')}</p>
          <ErrorSummary errors={summary} />
          <p className={`template-save no-print${saveLine.failed ? ' template-save--failed' : ''}`} role={saveLine.failed ? 'alert' : undefined}>
            {saveLine.text}
          </p>
          <form noValidate onSubmit={check} className="template-form no-print">
            {template.sections.map((section) => (
              <section key={section.id} className="template-form__section" aria-labelledby={`section-${section.id}`}>
                <h2 id={`section-${section.id}`}>{section.heading}</h2>
                {section.intro && <p className="template-form__intro"><InlineContent nodes={section.intro} /></p>}
                {section.fields.map((field) => (
                  <TemplateFieldInput
                    key={field.id}
                    field={field}
                    value={values[field.id]}
                    error={errorFor(field.id)}
                    markOptional={markOptional}
                    onChange={change}
                  />
                ))}
              </section>
            ))}
            <p className="button-row">
              <button type="submit" className="button">{t('templates.form.check')}</button>
            </p>
          </form>
          <div className="template-clear no-print">
            {notice && <p className="banner banner--success" role="status">{notice}</p>}
            {confirmingClear ? (
              <div className="confirm" role="alertdialog" aria-labelledby="clear-confirm">
                <p id="clear-confirm">{t('templates.form.clearConfirm')}</p>
                <p className="button-row">
                  <button type="button" className="button button--warning" autoFocus onClick={() => void clear()}>
                    {t('templates.form.clearYes')}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setConfirmingClear(false)}>
                    {t('actions.cancel')}
                  </button>
                </p>
              </div>
            ) : (
              <p className="button-row">
                <button type="button" ref={clearButtonRef} className="button button--warning" onClick={() => { setNotice(null); setConfirmingClear(true); }}>
                  {t('templates.form.clear')}
                </button>
              </p>
            )}
          </div>
          <TemplateDocument template={template} values={printValues} localeTag={settings.localeTag} className="print-only" />
        </Fragment>
      )}
      {template.sources.length > 0 && (
        <div className="no-print">
          <SourcesList sources={template.sources} reviewed={template.reviewed} localeTag={settings.localeTag} />
        </div>
      )}
    </article>
  );
}

export function TemplatePage() {
  const { templateId = '' } = useParams();
  const { content, settings } = useLocaleContent();
  return (
    <ContentState state={content}>
      {(index) => {
        const template = index.templates.find((candidate) => candidate.id === templateId);
        if (!template) return <NotFoundPage />;
        return (
          <RichTextContext.Provider value={settings}>
            <TemplateView key={template.id} template={template} index={index} settings={settings} />
          </RichTextContext.Provider>
        );
      }}
    </ContentState>
  );
}
