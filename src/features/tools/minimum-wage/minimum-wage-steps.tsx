import { bindField } from '../fields/bind-field';
import { ChoiceField } from '../fields/choice-field';
import { DateField } from '../fields/date-field';
import { TextField } from '../fields/text-field';
import { yesNoChoices } from '../fields/yes-no';
import { choiceAnswer, dateAnswer, hoursAnswer, moneyAnswer, numberAnswer } from '../flow/summary-values';
import type { StepProps, ToolContext, ToolStep } from '../flow/tool-definition';
import type { MinimumWageField, MinimumWageForm } from './minimum-wage-form';

const NS = 'tools.minimumWage';
type Props = StepProps<MinimumWageForm>;

/** Question wording that fits who is asking ("How old were you…" for a PA). */
const ask = (context: ToolContext, form: MinimumWageForm, key: string) =>
  context.t(`${NS}.${key}`, form.asker ? { context: form.asker } : {});

function AboutFields(props: Props) {
  const { form, context } = props;
  const { t } = context;
  return (
    <>
      <ChoiceField
        {...bindField(props, 'asker')}
        legend={t(`${NS}.asker.label`)}
        hint={t(`${NS}.asker.hint`)}
        choices={(['pa', 'employer', 'rep'] as const).map((value) => ({ value, label: t(`${NS}.asker.${value}`) }))}
      />
      <TextField
        {...bindField(props, 'age')}
        label={ask(context, form, 'age.label')}
        hint={t(`${NS}.age.hint`)}
        inputMode="numeric"
        width={3}
        suffix={t('tools.units.years')}
      />
      <ChoiceField
        {...bindField(props, 'apprentice')}
        legend={ask(context, form, 'apprentice.label')}
        hint={t(`${NS}.apprentice.hint`)}
        choices={yesNoChoices(
          t,
          <ChoiceField
            {...bindField(props, 'apprenticeFirstYear')}
            legend={t(`${NS}.apprenticeFirstYear.label`)}
            hint={t(`${NS}.apprenticeFirstYear.hint`)}
            choices={yesNoChoices(t)}
            inline
          />,
        )}
      />
    </>
  );
}

function PeriodFields(props: Props) {
  const { errors, context } = props;
  const { t } = context;
  return (
    <>
      <div className="tool-explainer">
        <p>{t(`${NS}.period.explainer`)}</p>
        <p>{t(`${NS}.period.explainerPayslip`)}</p>
      </div>
      <DateField
        {...bindField(props, 'periodStart')}
        legend={t(`${NS}.periodStart.label`)}
        hint={t('tools.common.dateHint')}
        errorParts={errors.periodStart?.parts}
      />
      <DateField
        {...bindField(props, 'periodEnd')}
        legend={t(`${NS}.periodEnd.label`)}
        hint={t('tools.common.dateHintEnd')}
        errorParts={errors.periodEnd?.parts}
      />
    </>
  );
}

const HOURS_FIELDS = ['basicHours', 'travelHours', 'trainingHours', 'waitingHours', 'sleepInHours'] as const;

function HoursFields(props: Props) {
  const { t } = props.context;
  return (
    <>
      <p>{t(`${NS}.hours.intro`)}</p>
      {HOURS_FIELDS.map((field) => (
        <TextField
          key={field}
          {...bindField(props, field)}
          label={t(`${NS}.${field}.label`)}
          hint={t(`${NS}.${field}.hint`)}
          inputMode="decimal"
          width={5}
          suffix={t('tools.units.hoursSuffix')}
        />
      ))}
    </>
  );
}

function PayFields(props: Props) {
  const { form, context } = props;
  const { t } = context;
  const money = (field: 'grossPay' | 'premiumPay' | 'deductions', label: string, hint: React.ReactNode) => (
    <TextField
      {...bindField(props, field)}
      label={label}
      hint={hint}
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

function AccommodationFields(props: Props) {
  const { t } = props.context;
  return (
    <ChoiceField
      {...bindField(props, 'accommodation')}
      legend={t(`${NS}.accommodation.label`)}
      hint={t(`${NS}.accommodation.hint`)}
      choices={yesNoChoices(
        t,
        <>
          <TextField
            {...bindField(props, 'accommodationDays')}
            label={t(`${NS}.accommodationDays.label`)}
            hint={t(`${NS}.accommodationDays.hint`)}
            inputMode="numeric"
            width={3}
            suffix={t('tools.units.days')}
          />
          <TextField
            {...bindField(props, 'accommodationCharge')}
            label={t(`${NS}.accommodationCharge.label`)}
            hint={t(`${NS}.accommodationCharge.hint`)}
            inputMode="decimal"
            width={10}
            prefix="£"
          />
        </>,
      )}
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
