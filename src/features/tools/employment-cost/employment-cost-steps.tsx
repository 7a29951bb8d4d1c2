import { bindField } from '../fields/bind-field';
import { ChoiceField } from '../fields/choice-field';
import { TextField } from '../fields/text-field';
import { yesNoChoices } from '../fields/yes-no';
import { choiceAnswer, hoursAnswer, moneyAnswer, numberAnswer } from '../flow/summary-values';
import type { StepProps, SummaryRow, ToolContext, ToolStep } from '../flow/tool-definition';
import { asksStatePensionAge, type EmploymentCostForm } from './employment-cost-form';

const NS = 'tools.employmentCost';
type Props = StepProps<EmploymentCostForm>;
type Field = keyof EmploymentCostForm;

function Money({ field, suffix, ...props }: Props & { field: Field; suffix?: string }) {
  const { t } = props.context;
  return (
    <TextField
      {...bindField(props, field)}
      label={t(`${NS}.${field}.label`)}
      hint={t(`${NS}.${field}.hint`)}
      inputMode="decimal"
      width={10}
      prefix="£"
      {...(suffix ? { suffix } : {})}
    />
  );
}

function PayFields(props: Props) {
  const { form, context } = props;
  const { t } = context;
  return (
    <>
      <Money {...props} field="hourlyWage" suffix={t('tools.units.perHour')} />
      <TextField
        {...bindField(props, 'hoursPerWeek')}
        label={t(`${NS}.hoursPerWeek.label`)}
        hint={t(`${NS}.hoursPerWeek.hint`)}
        inputMode="decimal"
        width={5}
        suffix={t('tools.units.hoursSuffix')}
      />
      <TextField
        {...bindField(props, 'paidWeeks')}
        label={t(`${NS}.paidWeeks.label`)}
        hint={t(`${NS}.paidWeeks.hint`)}
        inputMode="numeric"
        width={3}
        suffix={t('tools.units.weeks')}
      />
      <TextField
        {...bindField(props, 'age')}
        label={t(`${NS}.age.label`)}
        hint={t(`${NS}.age.hint`)}
        inputMode="numeric"
        width={3}
        suffix={t('tools.units.years')}
      />
      {asksStatePensionAge(form) && (
        <ChoiceField
          {...bindField(props, 'overStatePensionAge')}
          legend={t(`${NS}.overStatePensionAge.label`)}
          hint={t(`${NS}.overStatePensionAge.hint`)}
          choices={yesNoChoices(t)}
          inline
        />
      )}
    </>
  );
}

function CostFields(props: Props) {
  const { t } = props.context;
  return (
    <>
      <ChoiceField
        {...bindField(props, 'employmentAllowance')}
        legend={t(`${NS}.employmentAllowance.label`)}
        hint={t(`${NS}.employmentAllowance.hint`)}
        choices={yesNoChoices(
          t,
          <TextField
            {...bindField(props, 'numberOfPas')}
            label={t(`${NS}.numberOfPas.label`)}
            hint={t(`${NS}.numberOfPas.hint`)}
            inputMode="numeric"
            width={3}
          />,
        )}
      />
      <p>{t(`${NS}.yearlyCosts.intro`)}</p>
      <Money {...props} field="insurance" suffix={t('tools.units.perYear')} />
      <Money {...props} field="payroll" suffix={t('tools.units.perYear')} />
      <Money {...props} field="training" suffix={t('tools.units.perYear')} />
      <Money {...props} field="vetting" suffix={t('tools.units.perYear')} />
    </>
  );
}

function RateFields(props: Props) {
  const { t } = props.context;
  return (
    <ChoiceField
      {...bindField(props, 'checkRate')}
      legend={t(`${NS}.checkRate.label`)}
      hint={t(`${NS}.checkRate.hint`)}
      choices={yesNoChoices(
        t,
        <>
          <Money {...props} field="councilRate" suffix={t('tools.units.perHour')} />
          <ChoiceField
            {...bindField(props, 'london')}
            legend={t(`${NS}.london.label`)}
            hint={t(`${NS}.london.hint`)}
            choices={yesNoChoices(t)}
            inline
          />
        </>,
      )}
    />
  );
}

const row = (context: ToolContext, field: Field, value: string): SummaryRow => ({
  field,
  label: context.t(`${NS}.${field}.short`),
  value,
});

export const EMPLOYMENT_COST_STEPS: readonly ToolStep<EmploymentCostForm>[] = [
  {
    id: 'pay',
    titleKey: `${NS}.steps.pay`,
    fields: ['hourlyWage', 'hoursPerWeek', 'paidWeeks', 'age', 'overStatePensionAge'],
    Fields: PayFields,
    summary: (form, context) => [
      row(context, 'hourlyWage', moneyAnswer(form.hourlyWage, context)),
      row(context, 'hoursPerWeek', hoursAnswer(form.hoursPerWeek, context)),
      row(context, 'paidWeeks', numberAnswer(form.paidWeeks, context, 0) || context.t(`${NS}.paidWeeks.default`)),
      row(context, 'age', numberAnswer(form.age, context, 0)),
      ...(asksStatePensionAge(form) ? [row(context, 'overStatePensionAge', choiceAnswer(form.overStatePensionAge, 'tools.common', context))] : []),
    ],
  },
  {
    id: 'employer-costs',
    titleKey: `${NS}.steps.costs`,
    fields: ['employmentAllowance', 'numberOfPas', 'insurance', 'payroll', 'training', 'vetting'],
    Fields: CostFields,
    summary: (form, context) => [
      row(context, 'employmentAllowance', choiceAnswer(form.employmentAllowance, 'tools.common', context)),
      ...(form.employmentAllowance === 'yes' ? [row(context, 'numberOfPas', numberAnswer(form.numberOfPas, context, 0) || '1')] : []),
      row(context, 'insurance', moneyAnswer(form.insurance, context)),
      row(context, 'payroll', moneyAnswer(form.payroll, context)),
      row(context, 'training', moneyAnswer(form.training, context)),
      row(context, 'vetting', moneyAnswer(form.vetting, context)),
    ],
  },
  {
    id: 'council-rate',
    titleKey: `${NS}.steps.rate`,
    fields: ['checkRate', 'councilRate', 'london'],
    Fields: RateFields,
    summary: (form, context) => [
      row(context, 'checkRate', choiceAnswer(form.checkRate, 'tools.common', context)),
      ...(form.checkRate === 'yes'
        ? [row(context, 'councilRate', moneyAnswer(form.councilRate, context)), row(context, 'london', choiceAnswer(form.london, 'tools.common', context))]
        : []),
    ],
  },
];
