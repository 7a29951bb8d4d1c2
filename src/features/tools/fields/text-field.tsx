import type { ReactNode } from 'react';
import { describedBy, FieldErrorMessage } from './field-error';

interface Props {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** Shown before the box, e.g. "£". */
  prefix?: string;
  /** Shown after the box, e.g. "hours". */
  suffix?: string;
  /** Width in characters, following the GOV.UK fixed-width inputs. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  inputMode?: 'decimal' | 'numeric' | 'text';
  autoComplete?: string;
}

/**
 * A labelled text box in the GOV.UK pattern. Numbers are typed into text boxes (not type=number)
 * so "£1,234.50" and "7:30" can be typed, and so a mistyped value is never silently dropped.
 */
export function TextField({ id, label, hint, error, value, onChange, prefix, suffix, width = 10, inputMode = 'text', autoComplete = 'off' }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <div className="hint" id={hintId}>{hint}</div>}
      <FieldErrorMessage id={`${id}-error`} message={error} />
      <div className="tool-input">
        {prefix && <span className="tool-input__affix" aria-hidden="true">{prefix}</span>}
        <input
          id={id}
          name={id}
          type="text"
          className={`tool-input__box tool-input__box--${width}${error ? ' tool-input__box--error' : ''}`}
          value={value}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, errorId)}
          onChange={(event) => onChange(event.target.value)}
        />
        {suffix && <span className="tool-input__affix">{suffix}</span>}
      </div>
    </div>
  );
}
