import { bindField } from '../fields/bind-field';
import { ChoiceField } from '../fields/choice-field';
import { DateField } from '../fields/date-field';
import { NationField } from '../fields/nation-field';
import { TextField } from '../fields/text-field';
import { yesNoChoices } from '../fields/yes-no';
import { choiceAnswer, dateAnswer, hoursAnswer, moneyAnswer, numberAnswer } from '../flow/summary-values';
import type { StepProps, SummaryRow, ToolContext, ToolStep } from '../flow/tool-definition';
import { IrregularFields } from './holiday-irregular-fields';
import { irregularMethodFor, PATTERNS, type HolidayForm } from './holiday-form';

const NS = 'tools.holiday';
type Props = StepProps<HolidayForm>;

function JobFields(props: Props) {
  const { t } = props.context;
  return (
    <>
      <NationField {...props} ns={NS} />
      <ChoiceField
        {...bindField(props, 'pattern')}
        legend={t(`${NS}.pattern.label`)}
        choices={PATTERNS.map((pattern) => ({
          value: pattern,
          label: t(`${NS}.pattern.${pattern}`),
          hint: t(`${NS}.pattern.${pattern}Hint`),
        }))}
      />
    </>
  );
}

function OptionalDate(props: Props & { choice: 'startedInYear' | 'leavingInYear'; date: 'startDate' | 'leavingDate' }) {
  const { errors, context, choice, date } = props;
  const { t } = context;
  return (
    <ChoiceField
      {...bindField(props, choice)}
      legend={t(`${NS}.${choice}.label`)}
      hint={t(`${NS}.${choice}.hint`)}
      choices={yesNoChoices(
        t,
        <DateField {...bindField(props, date)} legend={t(`${NS}.${date}.label`)} hint={t('tools.common.dateHint')} errorParts={errors[date]?.parts} />,
      )}
    />
  );
}

function LeaveYearFields(props: Props) {
  const { form, update, errors, idFor, context } = props;
  const { t } = context;
  return (
    <>
      <DateField
        id={idFor('leaveYearStart')}
        legend={t(`${NS}.leaveYearStart.label`)}
        hint={
          <>
            <p>{t(`${NS}.leaveYearStart.hint`)}</p>
            <p>{t('tools.common.dateHint')}</p>
          </>
        }
        error={errors.leaveYearStart?.message}
        errorParts={errors.leaveYearStart?.parts}
        value={form.leaveYearStart}
        onChange={(leaveYearStart) => update({ leaveYearStart })}
      />
      <OptionalDate {...props} choice="startedInYear" date="startDate" />
      <OptionalDate {...props} choice="leavingInYear" date="leavingDate" />
    </>
  );
}

function PatternFields(props: Props) {
  const { form, context } = props;
  const { t } = context;
  const text = (field: 'daysPerWeek' | 'hoursPerWeek' | 'shiftsPerPattern' | 'daysPerPattern' | 'hoursPerShift', kind: 'days' | 'hours' | 'count') => (
    <TextField
      key={field}
      {...bindField(props, field)}
      label={t(`${NS}.${field}.label`)}
      hint={t(`${NS}.${field}.hint`)}
      inputMode={kind === 'count' ? 'numeric' : 'decimal'}
      width={5}
      {...(kind === 'hours' ? { suffix: t('tools.units.hoursSuffix') } : kind === 'days' ? { suffix: t('tools.units.days') } : {})}
    />
  );
  switch (form.pattern) {
    case 'days-per-week':
      return text('daysPerWeek', 'days');
    case 'hours-per-week':
    case 'compressed-hours':
      return (
        <>
          {text('hoursPerWeek', 'hours')}
          {text('daysPerWeek', 'days')}
        </>
      );
    case 'shifts':
      return (
        <>
          <p>{t(`${NS}.shifts.intro`)}</p>
          {text('shiftsPerPattern', 'count')}
          {text('daysPerPattern', 'days')}
          {text('hoursPerShift', 'hours')}
        </>
      );
    default:
      return null;
  }
}

const row = (field: string, label: string, value: string): SummaryRow => ({ field, label, value });
const label = (context: ToolContext, field: string) => context.t(`${NS}.${field}.short`);

export const HOLIDAY_STEPS: readonly ToolStep<HolidayForm>[] = [
  {
    id: 'job',
    titleKey: `${NS}.steps.job`,
    fields: ['nation', 'pattern'],
    Fields: JobFields,
    summary: (form, context) => [
      row('nation', label(context, 'nation'), choiceAnswer(form.nation, 'nations', context)),
      row('pattern', label(context, 'pattern'), choiceAnswer(form.pattern, `${NS}.pattern`, context)),
    ],
  },
  {
    id: 'leave-year',
    titleKey: `${NS}.steps.leaveYear`,
    fields: ['leaveYearStart', 'startedInYear', 'startDate', 'leavingInYear', 'leavingDate'],
    Fields: LeaveYearFields,
    summary: (form, context) => [
      row('leaveYearStart', label(context, 'leaveYearStart'), dateAnswer(form.leaveYearStart, context)),
      row('startDate', label(context, 'startDate'), form.startedInYear === 'yes' ? dateAnswer(form.startDate, context) : choiceAnswer(form.startedInYear, 'tools.common', context)),
      row('leavingDate', label(context, 'leavingDate'), form.leavingInYear === 'yes' ? dateAnswer(form.leavingDate, context) : choiceAnswer(form.leavingInYear, 'tools.common', context)),
    ],
  },
  {
    id: 'working-pattern',
    titleKey: `${NS}.steps.pattern`,
    fields: ['daysPerWeek', 'hoursPerWeek', 'shiftsPerPattern', 'daysPerPattern', 'hoursPerShift'],
    Fields: PatternFields,
    applies: (form) => form.pattern !== 'irregular-hours',
    summary: (form, context) => {
      switch (form.pattern) {
        case 'days-per-week':
          return [row('daysPerWeek', label(context, 'daysPerWeek'), numberAnswer(form.daysPerWeek, context))];
        case 'hours-per-week':
        case 'compressed-hours':
          return [
            row('hoursPerWeek', label(context, 'hoursPerWeek'), hoursAnswer(form.hoursPerWeek, context)),
            row('daysPerWeek', label(context, 'daysPerWeek'), numberAnswer(form.daysPerWeek, context)),
          ];
        case 'shifts':
          return [
            row('shiftsPerPattern', label(context, 'shiftsPerPattern'), numberAnswer(form.shiftsPerPattern, context, 0)),
            row('daysPerPattern', label(context, 'daysPerPattern'), numberAnswer(form.daysPerPattern, context, 0)),
            row('hoursPerShift', label(context, 'hoursPerShift'), hoursAnswer(form.hoursPerShift, context)),
          ];
        default:
          return [];
      }
    },
  },
  {
    id: 'hours-worked',
    titleKey: `${NS}.steps.irregular`,
    fields: ['periodHours', 'periodPay', 'referenceWeeks', 'referenceHours', 'averageDayHours'],
    Fields: IrregularFields,
    applies: (form) => form.pattern === 'irregular-hours',
    summary: (form, context) => {
      const rows =
        irregularMethodFor(form) === 'accrual'
          ? form.periods.flatMap((period, index) => [
              row(`periodHours.${index}`, context.t(`${NS}.periods.hoursShort`, { number: index + 1 }), hoursAnswer(period.hours, context)),
              ...(period.pay.trim() ? [row(`periodPay.${index}`, context.t(`${NS}.periods.payShort`, { number: index + 1 }), moneyAnswer(period.pay, context))] : []),
            ])
          : [
              row('referenceWeeks', label(context, 'referenceWeeks'), numberAnswer(form.referenceWeeks, context, 0)),
              row('referenceHours', label(context, 'referenceHours'), hoursAnswer(form.referenceHours, context)),
            ];
      return [...rows, row('averageDayHours', label(context, 'averageDayHours'), hoursAnswer(form.averageDayHours, context))];
    },
  },
];
