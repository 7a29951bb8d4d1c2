import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateField } from '../../content/model';
import { InlineContent } from '../../components/content/inline-content';

interface Props {
  field: TemplateField;
  value: string | boolean | undefined;
  error?: string;
  /** Mark optional fields, in templates where some fields must be filled in. */
  markOptional: boolean;
  /** Stable across renders, so only the field being typed in re-renders. */
  onChange: (fieldId: string, value: string | boolean) => void;
}

/** The id of a field's control, which the error summary links to. */
export function fieldControlId(field: TemplateField): string {
  return `field-${field.id}`;
}

/**
 * One template field in the GOV.UK pattern: label, hint, error message, then the control. Numbers
 * and money are text inputs: a number input throws away what it cannot parse ("7,5", "£12.50"),
 * and nothing typed may be lost.
 */
export const TemplateFieldInput = memo(function TemplateFieldInput({ field, value, error, markOptional, onChange }: Props) {
  const { t } = useTranslation();
  const id = fieldControlId(field);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const hint = field.hint && <InlineContent nodes={field.hint} />;
  const errorMessage = error && (
    <p className="error-message" id={errorId}>
      {error}
    </p>
  );

  if (field.type === 'checkbox') {
    return (
      <div className={`field template-field${error ? ' field--error' : ''}`}>
        {errorMessage}
        <div className="checkbox">
          <input
            type="checkbox"
            id={id}
            checked={value === true}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange(field.id, event.target.checked)}
          />
          <label htmlFor={id}>{field.label}</label>
          {hint && <p className="hint radio__hint" id={hintId}>{hint}</p>}
        </div>
      </div>
    );
  }

  const text = typeof value === 'string' ? value : '';
  const common = {
    id,
    name: field.id,
    value: text,
    dir: 'auto' as const,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  };
  const onText = (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(field.id, event.target.value);
  let control: React.ReactNode;
  switch (field.type) {
    case 'textarea':
      control = <textarea {...common} rows={4} onChange={onText} />;
      break;
    case 'date':
      control = <input {...common} type="date" onChange={onText} />;
      break;
    case 'time':
      control = <input {...common} type="time" onChange={onText} />;
      break;
    case 'number':
      control = <input {...common} type="text" inputMode="decimal" autoComplete="off" spellCheck={false} className="template-field__short" onChange={onText} />;
      break;
    case 'money':
      control = <input {...common} type="text" autoComplete="off" spellCheck={false} className="template-field__short" onChange={onText} />;
      break;
    case 'text':
      control = <input {...common} type="text" autoComplete="off" onChange={onText} />;
      break;
  }
  return (
    <div className={`field template-field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {field.label}
        {markOptional && !field.required && <span className="template-field__optional"> {t('templates.form.optional')}</span>}
      </label>
      {hint && <p className="hint" id={hintId}>{hint}</p>}
      {errorMessage}
      {control}
    </div>
  );
});
