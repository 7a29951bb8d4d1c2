import { rateOn } from '../../../domain/rates';
import { bindField } from '../fields/bind-field';
import { CheckboxField } from '../fields/checkbox-field';
import { ChoiceField } from '../fields/choice-field';
import { DateField } from '../fields/date-field';
import { NationField } from '../fields/nation-field';
import { TextField } from '../fields/text-field';
import { yesNoChoices } from '../fields/yes-no';
import { choiceAnswer, dateAnswer, moneyAnswer, numberAnswer } from '../flow/summary-values';
import type { StepProps, SummaryRow, ToolContext, ToolStep } from '../flow/tool-definition';
import { EMPTY_DATE } from '../input/parse-date';
import { MAX_EARLIER_SPELLS, WEEK_DAYS, type EarlierSpellRow, type SickPayForm } from './sick-pay-form';

const NS = 'tools.sickPay';
type Props = StepProps<SickPayForm>;

/** Weekday names in the reader's language, from Intl (22 November 2026 was a Sunday). */
export function weekdayName(day: string, localeTag: string): string {
  const date = new Date(Date.UTC(2026, 10, 22 + Number(day)));
  return new Intl.DateTimeFormat(localeTag, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

function SicknessFields(props: Props) {
  const { errors, context } = props;
  const { t } = context;
  return (
    <>
      <NationField {...props} ns={NS} />
      <DateField
        {...bindField(props, 'sicknessStart')}
        legend={t(`${NS}.sicknessStart.label`)}
        hint={t(`${NS}.sicknessStart.hint`)}
        errorParts={errors.sicknessStart?.parts}
      />
      <DateField
        {...bindField(props, 'sicknessEnd')}
        legend={t(`${NS}.sicknessEnd.label`)}
        hint={t(`${NS}.sicknessEnd.hint`)}
        errorParts={errors.sicknessEnd?.parts}
      />
    </>
  );
}

function WorkFields({ form, update, errors, idFor, context }: Props) {
  const { t, localeTag } = context;
  return (
    <>
      <CheckboxField
        id={idFor('qualifyingDays')}
        legend={t(`${NS}.qualifyingDays.label`)}
        hint={t(`${NS}.qualifyingDays.hint`)}
        error={errors.qualifyingDays?.message}
        options={WEEK_DAYS.map((day) => ({ value: day, label: weekdayName(day, localeTag) }))}
        values={form.qualifyingDays}
        onChange={(qualifyingDays) => update({ qualifyingDays })}
      />
      <TextField
        id={idFor('earnings')}
        label={t(`${NS}.earnings.label`)}
        hint={
          <>
            <p>{t(`${NS}.earnings.hint`)}</p>
            <p>{t(`${NS}.earnings.hintHow`)}</p>
          </>
        }
        error={errors.earnings?.message}
        value={form.earnings}
        onChange={(earnings) => update({ earnings })}
        inputMode="decimal"
        width={10}
        prefix="£"
        suffix={t('tools.units.perWeek')}
      />
    </>
  );
}

/** The linking gap in whole weeks, from the rates table (8 weeks = 56 days). */
function linkingWeeks(today: string): number | undefined {
  const days = rateOn('ssp.linking_days', today)?.value;
  return days === undefined || days % 7 !== 0 ? undefined : days / 7;
}

function EarlierFields(props: Props) {
  const { form, update, errors, idFor, context } = props;
  const { t } = context;
  const weeks = linkingWeeks(context.today);
  const setRow = (index: number, patch: Partial<EarlierSpellRow>) =>
    update({ earlierSpells: form.earlierSpells.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  return (
    <ChoiceField
      {...bindField(props, 'earlier')}
      legend={weeks === undefined ? t(`${NS}.earlier.labelShortly`) : t(`${NS}.earlier.label`, { weeks })}
      hint={t(`${NS}.earlier.hint`)}
      choices={yesNoChoices(
        t,
        <>
          {form.earlierSpells.map((spell, index) => (
            <fieldset key={index} className="field tool-row">
              <legend className="field__legend">{t(`${NS}.earlierSpell.legend`, { number: index + 1 })}</legend>
              <DateField
                id={idFor(`earlierStart.${index}`)}
                legend={t(`${NS}.earlierSpell.start`)}
                error={errors[`earlierStart.${index}`]?.message}
                errorParts={errors[`earlierStart.${index}`]?.parts}
                value={spell.start}
                onChange={(start) => setRow(index, { start })}
              />
              <DateField
                id={idFor(`earlierEnd.${index}`)}
                legend={t(`${NS}.earlierSpell.end`)}
                error={errors[`earlierEnd.${index}`]?.message}
                errorParts={errors[`earlierEnd.${index}`]?.parts}
                value={spell.end}
                onChange={(end) => setRow(index, { end })}
              />
              {form.earlierSpells.length > 1 && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => update({ earlierSpells: form.earlierSpells.filter((_, i) => i !== index) })}
                >
                  {t(`${NS}.earlierSpell.remove`, { number: index + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          {form.earlierSpells.length < MAX_EARLIER_SPELLS && (
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => update({ earlierSpells: [...form.earlierSpells, { start: EMPTY_DATE, end: EMPTY_DATE }] })}
              >
                {t(`${NS}.earlierSpell.add`)}
              </button>
            </p>
          )}
          <TextField
            {...bindField(props, 'weeksAlreadyPaid')}
            label={t(`${NS}.weeksAlreadyPaid.label`)}
            hint={t(`${NS}.weeksAlreadyPaid.hint`)}
            inputMode="decimal"
            width={5}
            suffix={t('tools.units.weeks')}
          />
        </>,
      )}
    />
  );
}

const row = (field: string, label: string, value: string): SummaryRow => ({ field, label, value });
const label = (context: ToolContext, field: string) => context.t(`${NS}.${field}.short`);

export const SICK_PAY_STEPS: readonly ToolStep<SickPayForm>[] = [
  {
    id: 'sickness',
    titleKey: `${NS}.steps.sickness`,
    fields: ['nation', 'sicknessStart', 'sicknessEnd'],
    Fields: SicknessFields,
    summary: (form, context) => [
      row('nation', label(context, 'nation'), choiceAnswer(form.nation, 'nations', context)),
      row('sicknessStart', label(context, 'sicknessStart'), dateAnswer(form.sicknessStart, context)),
      row('sicknessEnd', label(context, 'sicknessEnd'), dateAnswer(form.sicknessEnd, context)),
    ],
  },
  {
    id: 'work-and-pay',
    titleKey: `${NS}.steps.work`,
    fields: ['qualifyingDays', 'earnings'],
    Fields: WorkFields,
    summary: (form, context) => [
      row(
        'qualifyingDays',
        label(context, 'qualifyingDays'),
        form.qualifyingDays.map((day) => weekdayName(day, context.localeTag)).join(context.t('content.listJoin')),
      ),
      row('earnings', label(context, 'earnings'), moneyAnswer(form.earnings, context)),
    ],
  },
  {
    id: 'earlier-sickness',
    titleKey: `${NS}.steps.earlier`,
    fields: ['earlier', 'earlierStart', 'earlierEnd', 'weeksAlreadyPaid'],
    Fields: EarlierFields,
    summary: (form, context) => [
      row('earlier', label(context, 'earlier'), choiceAnswer(form.earlier, 'tools.common', context)),
      ...(form.earlier === 'yes'
        ? [
            ...form.earlierSpells.map((spell, index) =>
              row(
                `earlierStart.${index}`,
                context.t(`${NS}.earlierSpell.legend`, { number: index + 1 }),
                context.t(`${NS}.earlierSpell.range`, { start: dateAnswer(spell.start, context), end: dateAnswer(spell.end, context) }),
              ),
            ),
            row('weeksAlreadyPaid', label(context, 'weeksAlreadyPaid'), numberAnswer(form.weeksAlreadyPaid, context)),
          ]
        : []),
    ],
  },
];
