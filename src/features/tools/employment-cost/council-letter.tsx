import { useId, useRef, useState } from 'react';
import i18next from 'i18next';
import { durationText } from '../format/duration';
import { createFormatters } from '../format/formatters';
import type { ResultExtraProps, ToolContext } from '../flow/tool-definition';
import type { EmploymentCostForm, EmploymentCostOutcome } from './employment-cost-form';
import { yearlyGapPence } from './employment-cost-result';

const L = 'tools.employmentCost.letter';

/**
 * The letter's paragraphs, filled in from the result; null when the rate funds both the minimum
 * wage and the Real Living Wage, so there is nothing to ask for.
 */
export function councilLetter(outcome: EmploymentCostOutcome, context: ToolContext): string[] | null {
  const { t, fmt } = context;
  const { cost, funding } = outcome;
  if (!funding) return null;
  const livingGap = funding.realLivingWageGapPerHourPence ?? 0;
  if (funding.fundsMinimumWage && livingGap === 0) return null;
  const rate = funding.steps.find((step) => step.id === 'council-rate')?.values.councilRatePencePerHour;
  const wage = cost.steps.find((step) => step.id === 'gross-pay')?.values.hourlyWagePence;
  const minutesPerWeek = cost.steps.find((step) => step.id === 'paid-and-worked-hours')?.values.minutesPerWeek;
  const money = (pence: unknown) => fmt.moneyExact(typeof pence === 'number' ? pence : 0);
  const values = {
    rate: money(rate),
    wage: money(wage),
    hours: durationText(typeof minutesPerWeek === 'number' ? minutesPerWeek : 0, context),
    total: money(cost.totalPerYearPence),
    gross: money(cost.grossPayPence),
    ni: money(cost.employerNiPence - cost.employmentAllowancePence),
    pension: money(cost.pensionPence),
    other: money(cost.otherCostsPence),
    hourly: money(cost.costPerWorkedHourPence),
    minimum: money(funding.minimumWagePencePerHour),
    gap: money(funding.gapPerHourPence),
    gapYear: money(yearlyGapPence(funding.gapPerHourPence, cost.workedMinutesPerYear)),
    living: money(funding.realLivingWagePencePerHour),
    livingGap: money(livingGap),
    livingGapYear: money(yearlyGapPence(livingGap, cost.workedMinutesPerYear)),
    date: fmt.date(outcome.date),
  };
  return [
    t(`${L}.greeting`),
    t(`${L}.subject`),
    t(`${L}.intro`, values),
    t(`${L}.costs`, values),
    ...(funding.fundsMinimumWage ? [] : [t(`${L}.gapMinimum`, values)]),
    ...(livingGap > 0 ? [t(`${L}.gapLiving`, values)] : []),
    t(funding.fundsMinimumWage ? `${L}.requestLiving` : `${L}.request`, values),
    t(`${L}.close`),
    t(`${L}.signature`),
    t(`${L}.footer`, values),
  ];
}

/** A letter asking the council to review the rate, to copy into an email or print with the result. */
/** The same context in British English: most councils need the letter in English. */
function englishContext(context: ToolContext): ToolContext {
  return { ...context, t: i18next.getFixedT('en'), fmt: createFormatters('en-GB'), localeCode: 'en', localeTag: 'en-GB' };
}

export function CouncilLetter({ result, context, announce }: ResultExtraProps<EmploymentCostForm, EmploymentCostOutcome>) {
  const { t } = context;
  const id = useId();
  const [fallback, setFallback] = useState<string | null>(null);
  const [inEnglish, setInEnglish] = useState(false);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const readerReadsEnglish = context.localeCode === 'en';
  const letterInEnglish = inEnglish && !readerReadsEnglish;
  const paragraphs = councilLetter(result, letterInEnglish ? englishContext(context) : context);
  if (!result.funding) return null;
  if (!paragraphs) {
    return (
      <section aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t(`${L}.title`)}</h2>
        <p>{t(`${L}.notNeeded`)}</p>
      </section>
    );
  }
  const text = paragraphs.join('\n\n');
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setFallback(null);
      announce(t(`${L}.copied`));
    } catch {
      setFallback(text);
      announce(t('tools.actions.copyFallback'));
      setTimeout(() => fallbackRef.current?.select(), 0);
    }
  };
  return (
    <section aria-labelledby={`${id}-title`} className="tool-letter-section">
      <h2 id={`${id}-title`}>{t(`${L}.title`)}</h2>
      <p className="no-print">{t(`${L}.howTo`)}</p>
      {!readerReadsEnglish && (
        <p className="no-print">
          <button type="button" className="button button--secondary" aria-pressed={letterInEnglish} onClick={() => setInEnglish(!inEnglish)}>
            {letterInEnglish ? t(`${L}.showOwnLanguage`) : t(`${L}.showEnglish`)}
          </button>
        </p>
      )}
      <div className="tool-letter" id={`${id}-letter`} lang={letterInEnglish ? 'en-GB' : undefined} dir={letterInEnglish ? 'ltr' : undefined}>
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t(`${L}.copy`)}
        </button>
      </p>
      {fallback !== null && (
        <div className="field no-print">
          <label htmlFor={`${id}-text`}>{t(`${L}.copyFallbackLabel`)}</label>
          <textarea id={`${id}-text`} ref={fallbackRef} readOnly rows={12} value={fallback} />
        </div>
      )}
    </section>
  );
}
