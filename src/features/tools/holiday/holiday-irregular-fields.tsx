import { useTranslation } from 'react-i18next';
import { rateHistory, rateOn } from '../../../domain/rates';
import { TextField } from '../fields/text-field';
import type { StepProps, ToolContext } from '../flow/tool-definition';
import { parseDateParts } from '../input/parse-date';
import { irregularMethodFor, MAX_PAY_PERIODS, type HolidayForm, type PayPeriodRow } from './holiday-form';

const NS = 'tools.holiday';
type Props = StepProps<HolidayForm>;

function PeriodRows({ form, update, errors, idFor }: Props) {
  const { t } = useTranslation();
  const setRow = (index: number, patch: Partial<PayPeriodRow>) =>
    update({ periods: form.periods.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  return (
    <>
      <p>{t(`${NS}.periods.intro`)}</p>
      {form.periods.map((row, index) => (
        <fieldset key={index} className="field tool-row">
          <legend className="field__legend">{t(`${NS}.periods.legend`, { number: index + 1 })}</legend>
          <TextField
            id={idFor(`periodHours.${index}`)}
            label={t(`${NS}.periods.hours`)}
            error={errors[`periodHours.${index}`]?.message}
            value={row.hours}
            onChange={(hours) => setRow(index, { hours })}
            inputMode="decimal"
            width={5}
            suffix={t('tools.units.hoursSuffix')}
          />
          <TextField
            id={idFor(`periodPay.${index}`)}
            label={t(`${NS}.periods.pay`)}
            hint={t(`${NS}.periods.payHint`)}
            error={errors[`periodPay.${index}`]?.message}
            value={row.pay}
            onChange={(pay) => setRow(index, { pay })}
            inputMode="decimal"
            width={10}
            prefix="£"
          />
          {form.periods.length > 1 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => update({ periods: form.periods.filter((_, i) => i !== index) })}
            >
              {t(`${NS}.periods.remove`, { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {form.periods.length < MAX_PAY_PERIODS && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => update({ periods: [...form.periods, { hours: '', pay: '' }] })}>
            {t(`${NS}.periods.add`)}
          </button>
        </p>
      )}
    </>
  );
}

/** The legal figures the explanations mention, from the rates table for the leave year. */
function holidayFigures(form: HolidayForm, { fmt, today }: ToolContext) {
  const start = parseDateParts(form.leaveYearStart);
  const date = start.ok ? start.date : today;
  const weeks = rateOn('holiday.weeks', date);
  const maxDays = rateOn('holiday.max_days', date);
  const accrualFrom = rateHistory('holiday.irregular_accrual_percent')[0];
  const accrual = rateOn('holiday.irregular_accrual_percent', date) ?? accrualFrom;
  return {
    weeks: weeks ? fmt.number(weeks.value / 10 ** (weeks.decimals ?? 0), 1) : '',
    days: maxDays ? fmt.number(maxDays.value, 0) : '',
    date: accrualFrom ? fmt.date(accrualFrom.from) : '',
    percent: accrual ? fmt.percent(accrual.value) : '',
  };
}

export function IrregularFields(props: Props) {
  const { form, update, errors, idFor, context } = props;
  const { t } = context;
  const method = irregularMethodFor(form);
  const figures = holidayFigures(form, context);
  return (
    <>
      <div className="tool-explainer">
        <p>{t(method === 'accrual' ? `${NS}.irregular.accrualExplainer` : `${NS}.irregular.averageExplainer`, figures)}</p>
      </div>
      {method === 'accrual' ? (
        <PeriodRows {...props} />
      ) : (
        <>
          <TextField
            id={idFor('referenceWeeks')}
            label={t(`${NS}.referenceWeeks.label`)}
            hint={t(`${NS}.referenceWeeks.hint`)}
            error={errors.referenceWeeks?.message}
            value={form.referenceWeeks}
            onChange={(referenceWeeks) => update({ referenceWeeks })}
            inputMode="numeric"
            width={3}
            suffix={t('tools.units.weeks')}
          />
          <TextField
            id={idFor('referenceHours')}
            label={t(`${NS}.referenceHours.label`)}
            hint={t(`${NS}.referenceHours.hint`)}
            error={errors.referenceHours?.message}
            value={form.referenceHours}
            onChange={(referenceHours) => update({ referenceHours })}
            inputMode="decimal"
            width={5}
            suffix={t('tools.units.hoursSuffix')}
          />
        </>
      )}
      <TextField
        id={idFor('averageDayHours')}
        label={t(`${NS}.averageDayHours.label`)}
        hint={t(`${NS}.averageDayHours.hint`, figures)}
        error={errors.averageDayHours?.message}
        value={form.averageDayHours}
        onChange={(averageDayHours) => update({ averageDayHours })}
        inputMode="decimal"
        width={5}
        suffix={t('tools.units.hoursSuffix')}
      />
    </>
  );
}
