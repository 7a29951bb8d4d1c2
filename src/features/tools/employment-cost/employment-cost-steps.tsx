import { ChoiceField } from '../fields/choice-field';
import { TextField } from '../fields/text-field';
import { choiceAnswer, hoursAnswer, moneyAnswer, numberAnswer } from '../flow/summary-values';
import type { StepProps, SummaryRow, ToolContext, ToolStep } from '../flow/tool-definition';
import { asksStatePensionAge, type EmploymentCostForm } from './employment-cost-form';

const NS = 'tools.employmentCost';
type Props = StepProps<EmploymentCostForm>;
type Field = keyof EmploymentCostForm;

function yesNo(context: ToolContext) {
  return [
    { value: 'yes', label: context.t('tools.common.yes') },
    { value: 'no', label: context.t('tools.common.no') },
  ];
}

function Money({ field, form, update, errors, idFor, context, suffix }: Props & { field: Field; suffix?: string }) {
  const { t } = context;
  return (
    <TextField
      id={idFor(field)}
      label={t(`${NS}.${field}.label`)}
      hint={t(`${NS}.${field}.hint`)}
      error={errors[field]?.message}
      value={form[field]}
      onChange={(value) => update({ [field]: value } as Partial<EmploymentCostForm>)}
      inputMode="decimal"
      width={10}
      prefix="£"
      {...(suffix ? { suffix } : {})}
    />
  );
}

function PayFields(props: Props) {
  const { form, update, errors, idFor, context } = props;
  const { t } = context;
  return (
    <>
      <Money {...props} field="hourlyWage" suffix={t('tools.units.perHour')} />
      <TextField
        id={idFor('hoursPerWeek')}
        label={t(`${NS}.hoursPerWeek.label`)}
        hint={t(`${NS}.hoursPerWeek.hint`)}
        error={errors.hoursPerWeek?.message}
        value={form.hoursPerWeek}
        onChange={(hoursPerWeek) => update({ hoursPerWeek })}
        inputMode="decimal"
        width={5}
        suffix={t('tools.units.hoursSuffix')}
      />
      <TextField
        id={idFor('paidWeeks')}
        label={t(`${NS}.paidWeeks.label`)}
        hint={t(`${NS}.paidWeeks.hint`)}
        error={errors.paidWeeks?.message}
        value={form.paidWeeks}
        onChange={(paidWeeks) => update({ paidWeeks })}
        inputMode="numeric"
        width={3}
        suffix={t('tools.units.weeks')}
      />
      <TextField
        id={idFor('age')}
        label={t(`${NS}.age.label`)}
        hint={t(`${NS}.age.hint`)}
        error={errors.age?.message}
        value={form.age}
        onChange={(age) => update({ age })}
        inputMode="numeric"
        width={3}
        suffix={t('tools.units.years')}
      />
      {asksStatePensionAge(form) && (
        <ChoiceField
          id={idFor('overStatePensionAge')}
          legend={t(`${NS}.overStatePensionAge.label`)}
          hint={t(`${NS}.overStatePensionAge.hint`)}
          error={errors.overStatePensionAge?.message}
          value={form.overStatePensionAge}
          onChange={(value) => update({ overStatePensionAge: value as EmploymentCostForm['overStatePensionAge'] })}
          choices={yesNo(context)}
          inline
        />
      )}
    </>
  );
}

function CostFields(props: Props) {
  const { form, update, errors, idFor, context } = props;
  const { t } = context;
  return (
    <>
      <ChoiceField
        id={idFor('employmentAllowance')}
        legend={t(`${NS}.employmentAllowance.label`)}
        hint={t(`${NS}.employmentAllowance.hint`)}
        error={errors.employmentAllowance?.message}
        value={form.employmentAllowance}
        onChange={(value) => update({ employmentAllowance: value as EmploymentCostForm['employmentAllowance'] })}
        choices={[
          {
            value: 'yes',
            label: t('tools.common.yes'),
            conditional: (
              <TextField
                id={idFor('numberOfPas')}
                label={t(`${NS}.numberOfPas.label`)}
                hint={t(`${NS}.numberOfPas.hint`)}
                error={errors.numberOfPas?.message}
                value={form.numberOfPas}
                onChange={(numberOfPas) => update({ numberOfPas })}
                inputMode="numeric"
                width={3}
              />
            ),
          },
          { value: 'no', label: t('tools.common.no') },
        ]}
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
  const { form, update, errors, idFor, context } = props;
  const { t } = context;
  return (
    <ChoiceField
      id={idFor('checkRate')}
      legend={t(`${NS}.checkRate.label`)}
      hint={t(`${NS}.checkRate.hint`)}
      error={errors.checkRate?.message}
      value={form.checkRate}
      onChange={(value) => update({ checkRate: value as EmploymentCostForm['checkRate'] })}
      choices={[
        {
          value: 'yes',
          label: t('tools.common.yes'),
          conditional: (
            <>
              <Money {...props} field="councilRate" suffix={t('tools.units.perHour')} />
              <ChoiceField
                id={idFor('london')}
                legend={t(`${NS}.london.label`)}
                hint={t(`${NS}.london.hint`)}
                error={errors.london?.message}
                value={form.london}
                onChange={(value) => update({ london: value as EmploymentCostForm['london'] })}
                choices={yesNo(context)}
                inline
              />
            </>
          ),
        },
        { value: 'no', label: t('tools.common.no') },
      ]}
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
