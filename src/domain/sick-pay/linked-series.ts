import { compareDates, daysBetween, type IsoDate } from '../shared/iso-date';
import { PIW_MINIMUM_DAYS_BEFORE_REFORM } from './ssp-rules';

export interface Spell {
  start: IsoDate;
  end: IsoDate;
}

export function spellDays(spell: Spell): number {
  return daysBetween(spell.start, spell.end) + 1;
}

/**
 * Whether a spell of sickness is a period of incapacity for work (PIW). Before the reform it needs
 * four or more consecutive days, counting days the person would not have worked (SSCBA s.152(2)
 * and (5)); a spell that reaches the reform date counts whatever its length, because from that day
 * one day of incapacity is a PIW (ERA 2025 s.10(3)(b)).
 */
export function isPeriodOfIncapacity(spell: Spell, reformDate: IsoDate): boolean {
  return spellDays(spell) >= PIW_MINIMUM_DAYS_BEFORE_REFORM || compareDates(spell.end, reformDate) >= 0;
}

export interface LinkedSpell extends Spell {
  /** Days between the end of this spell and the start of the next linked one. */
  gapDays: number;
}

/**
 * The earlier PIWs that link to `current`, oldest first. Two PIWs separated by not more than
 * 8 weeks (56 days, `ssp.linking_days`) are treated as one (SSCBA s.152(3)); the days between
 * them are the separation. Linking chains back: each linked PIW can link to one before it.
 * Spells that are not PIWs neither link nor break a chain. `earlier` must end before `current`
 * starts and must not overlap.
 */
export function linkedEarlierSpells(
  current: Spell,
  earlier: readonly Spell[],
  linkingDays: number,
  reformDate: IsoDate,
): LinkedSpell[] {
  const piws = earlier
    .filter((spell) => isPeriodOfIncapacity(spell, reformDate))
    .sort((a, b) => compareDates(b.start, a.start));
  const linked: LinkedSpell[] = [];
  let next = current;
  for (const spell of piws) {
    const gapDays = daysBetween(spell.end, next.start) - 1;
    if (gapDays > linkingDays) break;
    linked.unshift({ ...spell, gapDays });
    next = spell;
  }
  return linked;
}
