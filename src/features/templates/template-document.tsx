import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template, TemplateField } from '../../content/model';
import { displayValue } from './template-text';
import { isTicked, textValue, type TemplateValues } from './template-values';

interface Props {
  template: Template;
  values: TemplateValues;
  localeTag: string;
  className?: string;
  /** Names the document as a region of the page, where it is shown on screen. */
  label?: string;
  ref?: Ref<HTMLDivElement>;
}

function Answer({ field, values, localeTag }: { field: TemplateField; values: TemplateValues; localeTag: string }) {
  const { t } = useTranslation();
  const value = textValue(values, field).trim();
  if (!value) {
    // Room to write by hand: one ruled line, or three for longer answers.
    const lines = field.type === 'textarea' ? 3 : 1;
    return (
      <>
        <span className="visually-hidden">{t('templates.document.blank')}</span>
        {Array.from({ length: lines }, (_, line) => <span key={line} className="template-document__blank" aria-hidden="true" />)}
      </>
    );
  }
  // What people type may be in any script; let it set its own direction.
  return <bdi className="template-document__value">{displayValue(field, value, localeTag)}</bdi>;
}

/**
 * The finished document: headings, then each label with its answer. Empty answers become lines to
 * write on, and checkboxes boxes to tick, so a printout can also be completed by hand.
 */
export function TemplateDocument({ template, values, localeTag, className, label, ref }: Props) {
  const { t } = useTranslation();
  return (
    <div ref={ref} className={`template-document${className ? ` ${className}` : ''}`} role={label ? 'region' : undefined} aria-label={label}>
      {template.sections.map((section) => (
        <section key={section.id} className="template-document__section">
          <h2>{section.heading}</h2>
          <dl>
            {section.fields.map((field) =>
              field.type === 'checkbox' ? (
                <div key={field.id} className="template-document__check">
                  <dt>
                    <span className="template-document__box" aria-hidden="true">{isTicked(values, field) ? '✓' : ''}</span>
                    {field.label}
                  </dt>
                  <dd className="visually-hidden">{isTicked(values, field) ? t('templates.document.ticked') : t('templates.document.notTicked')}</dd>
                </div>
              ) : (
                <div key={field.id} className="template-document__row">
                  <dt>{field.label}</dt>
                  <dd><Answer field={field} values={values} localeTag={localeTag} /></dd>
                </div>
              ),
            )}
          </dl>
        </section>
      ))}
    </div>
  );
}
