import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time';
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** Width in characters, so a box's size hints at what goes in it. */
  size?: number;
  list?: string;
  prefix?: string;
}

/** A labelled input in the GOV.UK pattern: label, hint, then the error, then the box. */
export function InputField({ id, label, hint, error, optional, value, onChange, type = 'text', inputMode, size, list, prefix }: FieldProps) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t('diary.fields.optional')}</span>}
      </label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <span className="diary-input">
        {prefix && <span className="diary-input__prefix" aria-hidden="true">{prefix}</span>}
        <input
          id={id}
          type={type}
          value={value}
          inputMode={inputMode}
          size={size}
          list={list}
          autoComplete="off"
          spellCheck={type === 'text' && !inputMode ? undefined : false}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      </span>
    </div>
  );
}

export function NoteField({ id, label, hint, error, value, onChange }: Omit<FieldProps, 'type' | 'inputMode' | 'size' | 'list' | 'prefix' | 'optional'>) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        <span className="field__optional"> {t('diary.fields.optional')}</span>
      </label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <textarea id={id} rows={3} value={value} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
