import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  lang?: string;
}

interface Props {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly RadioOption[];
  value: string | null;
  error?: string | null;
  onChange: (value: string) => void;
}

/** A fieldset of radios in the GOV.UK pattern: legend, hint, error above the options. */
export function RadioGroup({ name, legend, hint, options, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`field${error ? ' field--error' : ''}`} id={name} aria-describedby={describedBy}>
      <legend className="field__legend">{legend}</legend>
      {hint && <p className="hint" id={`${name}-hint`}>{hint}</p>}
      {error && <p className="error-message" id={`${name}-error`}><span className="visually-hidden">{t('errors.errorPrefix')} </span>{error}</p>}
      <div className="radios">
        {options.map((option, index) => {
          const id = index === 0 ? `${name}-first` : `${name}-${option.value}`;
          return (
            <div className="radio" key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
              />
              <label htmlFor={id} lang={option.lang}>{option.label}</label>
              {option.hint && <p className="hint radio__hint" id={`${id}-hint`}>{option.hint}</p>}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
