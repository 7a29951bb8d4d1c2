import { rateOn } from '../../../domain/rates';
import { NATIONS } from '../../../domain/shared/audience';
import { CheckboxField } from '../fields/checkbox-field';
import { ChoiceField } from '../fields/choice-field';
import { DateField } from '../fields/date-field';
import { TextField } from '../fields/text-field';
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

function SicknessFields({ form, update, errors, idFor, context }: Props) {
  const { t } = context;
  return (
    <>
      <ChoiceField
        id={idFor('nation')}
        legend={t(`${NS}.nation.label`)}
        hint={t(`${NS}.nation.hint`)}
        error={errors.nation?.message}
        value={form.nation}
        onChange={(value) => update({ nation: value as SickPayForm['nation'] })}
        choices={NATIONS.map((nation) => ({ value: nation, label: t(`nations.${nation}`) }))}
      />
      <DateField
        id={idFor('sicknessStart')}
        legend={t(`${NS}.sicknessStart.label`)}
        hint={t(`${NS}.sicknessStart.hint`)}
        error={errors.sicknessStart?.message}
        errorParts={errors.sicknessStart?.parts}
        value={form.sicknessStart}
        onChange={(sicknessStart) => update({ sicknessStart })}
      />
      <DateField
        id={idFor('sicknessEnd')}
        legend={t(`${NS}.sicknessEnd.label`)}
        hint={t(`${NS}.sicknessEnd.hint`)}
        error={errors.sicknessEnd?.message}
        errorParts={errors.sicknessEnd?.parts}
        value={form.sicknessEnd}
        onChange={(sicknessEnd) => update({ sicknessEnd })}
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

function EarlierFields({ form, update, errors, idFor, context }: Props) {
  const { t } = context;
  const weeks = linkingWeeks(context.today);
  const setRow = (index: number, patch: Partial<EarlierSpellRow>) =>
    update({ earlierSpells: form.earlierSpells.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  return (
    <ChoiceField
      id={idFor('earlier')}
      legend={weeks === undefined ? t(`${NS}.earlier.labelShortly`) : t(`${NS}.earlier.label`, { weeks })}
      hint={t(`${NS}.earlier.hint`)}
      error={errors.earlier?.message}
      value={form.earlier}
      onChange={(value) => update({ earlier: value as SickPayForm['earlier'] })}
      choices={[
        {
          value: 'yes',
          label: t('tools.common.yes'),
          conditional: (
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
                id={idFor('weeksAlreadyPaid')}
                label={t(`${NS}.weeksAlreadyPaid.label`)}
                hint={t(`${NS}.weeksAlreadyPaid.hint`)}
                error={errors.weeksAlreadyPaid?.message}
                value={form.weeksAlreadyPaid}
                onChange={(weeksAlreadyPaid) => update({ weeksAlreadyPaid })}
                inputMode="decimal"
                width={5}
                suffix={t('tools.units.weeks')}
              />
            </>
          ),
        },
        { value: 'no', label: t('tools.common.no') },
      ]}
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
