import { ChoiceField } from '../fields/choice-field';
import { DateField } from '../fields/date-field';
import { TextField } from '../fields/text-field';
import { choiceAnswer, dateAnswer, hoursAnswer, moneyAnswer, numberAnswer } from '../flow/summary-values';
import type { StepProps, ToolContext, ToolStep } from '../flow/tool-definition';
import type { MinimumWageField, MinimumWageForm } from './minimum-wage-form';

const NS = 'tools.minimumWage';
type Props = StepProps<MinimumWageForm>;

/** Question wording that fits who is asking ("How old were you…" for a PA). */
const ask = (context: ToolContext, form: MinimumWageForm, key: string) =>
  context.t(`${NS}.${key}`, form.asker ? { context: form.asker } : {});

function yesNo(context: ToolContext) {
  return [
    { value: 'yes', label: context.t('tools.common.yes') },
    { value: 'no', label: context.t('tools.common.no') },
  ];
}

function AboutFields({ form, update, errors, idFor, context }: Props) {
  const { t } = context;
  return (
    <>
      <ChoiceField
        id={idFor('asker')}
        legend={t(`${NS}.asker.label`)}
        hint={t(`${NS}.asker.hint`)}
        error={errors.asker?.message}
        value={form.asker}
        onChange={(value) => update({ asker: value as MinimumWageForm['asker'] })}
        choices={(['pa', 'employer', 'rep'] as const).map((value) => ({ value, label: t(`${NS}.asker.${value}`) }))}
      />
      <TextField
        id={idFor('age')}
        label={ask(context, form, 'age.label')}
        hint={t(`${NS}.age.hint`)}
        error={errors.age?.message}
        value={form.age}
        onChange={(age) => update({ age })}
        inputMode="numeric"
        width={3}
        suffix={t('tools.units.years')}
      />
      <ChoiceField
        id={idFor('apprentice')}
        legend={ask(context, form, 'apprentice.label')}
        hint={t(`${NS}.apprentice.hint`)}
        error={errors.apprentice?.message}
        value={form.apprentice}
        onChange={(value) => update({ apprentice: value as MinimumWageForm['apprentice'] })}
        choices={[
          {
            value: 'yes',
            label: t('tools.common.yes'),
            conditional: (
              <ChoiceField
                id={idFor('apprenticeFirstYear')}
                legend={t(`${NS}.apprenticeFirstYear.label`)}
                hint={t(`${NS}.apprenticeFirstYear.hint`)}
                error={errors.apprenticeFirstYear?.message}
                value={form.apprenticeFirstYear}
                onChange={(value) => update({ apprenticeFirstYear: value as MinimumWageForm['apprenticeFirstYear'] })}
                choices={yesNo(context)}
                inline
              />
            ),
          },
          { value: 'no', label: t('tools.common.no') },
        ]}
      />
    </>
  );
}

function PeriodFields({ form, update, errors, idFor, context }: Props) {
  const { t } = context;
  return (
    <>
      <div className="tool-explainer">
        <p>{t(`${NS}.period.explainer`)}</p>
        <p>{t(`${NS}.period.explainerPayslip`)}</p>
      </div>
      <DateField
        id={idFor('periodStart')}
        legend={t(`${NS}.periodStart.label`)}
        hint={t('tools.common.dateHint')}
        error={errors.periodStart?.message}
        errorParts={errors.periodStart?.parts}
        value={form.periodStart}
        onChange={(periodStart) => update({ periodStart })}
      />
      <DateField
        id={idFor('periodEnd')}
        legend={t(`${NS}.periodEnd.label`)}
        hint={t('tools.common.dateHintEnd')}
        error={errors.periodEnd?.message}
        errorParts={errors.periodEnd?.parts}
        value={form.periodEnd}
        onChange={(periodEnd) => update({ periodEnd })}
      />
    </>
  );
}

const HOURS_FIELDS = ['basicHours', 'travelHours', 'trainingHours', 'waitingHours', 'sleepInHours'] as const;

function HoursFields({ form, update, errors, idFor, context }: Props) {
  const { t } = context;
  return (
    <>
      <p>{t(`${NS}.hours.intro`)}</p>
      {HOURS_FIELDS.map((field) => (
        <TextField
          key={field}
          id={idFor(field)}
          label={t(`${NS}.${field}.label`)}
          hint={t(`${NS}.${field}.hint`)}
          error={errors[field]?.message}
          value={form[field]}
          onChange={(value) => update({ [field]: value } as Partial<MinimumWageForm>)}
          inputMode="decimal"
          width={5}
          suffix={t('tools.units.hoursSuffix')}
        />
      ))}
    </>
  );
}

function PayFields({ form, update, errors, idFor, context }: Props) {
  const { t } = context;
  const money = (field: 'grossPay' | 'premiumPay' | 'deductions', label: string, hint: React.ReactNode) => (
    <TextField
      id={idFor(field)}
      label={label}
      hint={hint}
      error={errors[field]?.message}
      value={form[field]}
      onChange={(value) => update({ [field]: value } as Partial<MinimumWageForm>)}
      inputMode="decimal"
      width={10}
      prefix="£"
    />
  );
  return (
    <>
      {money('grossPay', ask(context, form, 'grossPay.label'), t(`${NS}.grossPay.hint`))}
      {money('premiumPay', t(`${NS}.premiumPay.label`), t(`${NS}.premiumPay.hint`))}
      {money(
        'deductions',
        t(`${NS}.deductions.label`),
        <>
          <p>{t(`${NS}.deductions.hint`)}</p>
          <ul>
            <li>{t(`${NS}.deductions.examples.uniform`)}</li>
            <li>{t(`${NS}.deductions.examples.equipment`)}</li>
            <li>{t(`${NS}.deductions.examples.dbsAdmin`)}</li>
            <li>{t(`${NS}.deductions.examples.travel`)}</li>
          </ul>
          <p>{t(`${NS}.deductions.notThese`)}</p>
        </>,
      )}
    </>
  );
}

function AccommodationFields({ form, update, errors, idFor, context }: Props) {
  const { t } = context;
  return (
    <ChoiceField
      id={idFor('accommodation')}
      legend={t(`${NS}.accommodation.label`)}
      hint={t(`${NS}.accommodation.hint`)}
      error={errors.accommodation?.message}
      value={form.accommodation}
      onChange={(value) => update({ accommodation: value as MinimumWageForm['accommodation'] })}
      choices={[
        {
          value: 'yes',
          label: t('tools.common.yes'),
          conditional: (
            <>
              <TextField
                id={idFor('accommodationDays')}
                label={t(`${NS}.accommodationDays.label`)}
                hint={t(`${NS}.accommodationDays.hint`)}
                error={errors.accommodationDays?.message}
                value={form.accommodationDays}
                onChange={(accommodationDays) => update({ accommodationDays })}
                inputMode="numeric"
                width={3}
                suffix={t('tools.units.days')}
              />
              <TextField
                id={idFor('accommodationCharge')}
                label={t(`${NS}.accommodationCharge.label`)}
                hint={t(`${NS}.accommodationCharge.hint`)}
                error={errors.accommodationCharge?.message}
                value={form.accommodationCharge}
                onChange={(accommodationCharge) => update({ accommodationCharge })}
                inputMode="decimal"
                width={10}
                prefix="£"
              />
            </>
          ),
        },
        { value: 'no', label: t('tools.common.no') },
      ]}
    />
  );
}

const row = (field: MinimumWageField, label: string, value: string) => ({ field, label, value });

export const MINIMUM_WAGE_STEPS: readonly ToolStep<MinimumWageForm>[] = [
  {
    id: 'about',
    titleKey: `${NS}.steps.about`,
    fields: ['asker', 'age', 'apprentice', 'apprenticeFirstYear'],
    Fields: AboutFields,
    summary: (form, context) => [
      row('asker', context.t(`${NS}.asker.short`), choiceAnswer(form.asker, `${NS}.asker`, context)),
      row('age', context.t(`${NS}.age.short`), numberAnswer(form.age, context, 0)),
      row('apprentice', context.t(`${NS}.apprentice.short`), choiceAnswer(form.apprentice, 'tools.common', context)),
      ...(form.apprentice === 'yes'
        ? [row('apprenticeFirstYear', context.t(`${NS}.apprenticeFirstYear.short`), choiceAnswer(form.apprenticeFirstYear, 'tools.common', context))]
        : []),
    ],
  },
  {
    id: 'pay-period',
    titleKey: `${NS}.steps.period`,
    fields: ['periodStart', 'periodEnd'],
    Fields: PeriodFields,
    summary: (form, context) => [
      row('periodStart', context.t(`${NS}.periodStart.short`), dateAnswer(form.periodStart, context)),
      row('periodEnd', context.t(`${NS}.periodEnd.short`), dateAnswer(form.periodEnd, context)),
    ],
  },
  {
    id: 'hours',
    titleKey: `${NS}.steps.hours`,
    fields: HOURS_FIELDS,
    Fields: HoursFields,
    summary: (form, context) =>
      HOURS_FIELDS.map((field) => row(field, context.t(`${NS}.${field}.short`), hoursAnswer(form[field], context))),
  },
  {
    id: 'pay',
    titleKey: `${NS}.steps.pay`,
    fields: ['grossPay', 'premiumPay', 'deductions'],
    Fields: PayFields,
    summary: (form, context) => [
      row('grossPay', context.t(`${NS}.grossPay.short`), moneyAnswer(form.grossPay, context)),
      row('premiumPay', context.t(`${NS}.premiumPay.short`), moneyAnswer(form.premiumPay, context)),
      row('deductions', context.t(`${NS}.deductions.short`), moneyAnswer(form.deductions, context)),
    ],
  },
  {
    id: 'accommodation',
    titleKey: `${NS}.steps.accommodation`,
    fields: ['accommodation', 'accommodationDays', 'accommodationCharge'],
    Fields: AccommodationFields,
    summary: (form, context) => [
      row('accommodation', context.t(`${NS}.accommodation.short`), choiceAnswer(form.accommodation, 'tools.common', context)),
      ...(form.accommodation === 'yes'
        ? [
            row('accommodationDays', context.t(`${NS}.accommodationDays.short`), numberAnswer(form.accommodationDays, context, 0)),
            row('accommodationCharge', context.t(`${NS}.accommodationCharge.short`), moneyAnswer(form.accommodationCharge, context)),
          ]
        : []),
    ],
  },
];
