import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatePart, DateParts } from '../input/parse-date';
import { describedBy, FieldErrorMessage } from './field-error';

interface Props {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The boxes to highlight; all three when not given. */
  errorParts?: readonly string[] | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
}

const PARTS: readonly { part: DatePart; width: 2 | 4 }[] = [
  { part: 'day', width: 2 },
  { part: 'month', width: 2 },
  { part: 'year', width: 4 },
];

/** The GOV.UK date input: day, month and year boxes, so no date picker is needed on any phone. */
export function DateField({ id, legend, hint, error, errorParts, value, onChange }: Props) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={`field${error ? ' field--error' : ''}`} id={id} aria-describedby={describedBy(hintId, errorId)}>
      <legend className="field__legend">{legend}</legend>
      {hint && <div className="hint" id={hintId}>{hint}</div>}
      <FieldErrorMessage id={`${id}-error`} message={error} />
      <div className="date-input">
        {PARTS.map(({ part, width }) => {
          const partId = `${id}-${part}`;
          const wrong = Boolean(error) && (!errorParts || errorParts.includes(part));
          return (
            <div className="date-input__item" key={part}>
              <label className="date-input__label" htmlFor={partId}>{t(`tools.common.${part}`)}</label>
              <input
                id={partId}
                name={partId}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                className={`tool-input__box tool-input__box--${width}${wrong ? ' tool-input__box--error' : ''}`}
                aria-invalid={wrong ? true : undefined}
                value={value[part]}
                onChange={(event) => onChange({ ...value, [part]: event.target.value })}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
