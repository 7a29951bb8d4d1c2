import type { RateRow } from '../types';
import { series, type Step } from './series';

/**
 * National Minimum Wage and National Living Wage hourly rates (pence), by band, plus the
 * accommodation offset. Dates are the first day of the pay reference period the rate applies to:
 * a new rate applies from the first pay reference period that starts on or after that date
 * (HMRC National Minimum Wage Manual NMWM03080).
 *
 * Bands below the top rate were uprated each 1 October until October 2016; since April 2017 every
 * band moves on 1 April. No April 2027 rates: none has been published by the government yet.
 */
const GOV_RATES = 'https://www.gov.uk/national-minimum-wage-rates';
const GOV_ACCOMMODATION = 'https://www.gov.uk/national-minimum-wage-accommodation';
const LPC_2026 =
  'https://www.gov.uk/government/news/lpc-recommendations-take-the-national-living-wage-to-1271';
// October 2015 to April 2017 figures were confirmed in employment-law pages, not on GOV.UK itself;
// re-check them against the amending regulations on legislation.gov.uk before release.
const OCT_2015_2016 =
  'https://www.citation.co.uk/news/hr-and-employment-law/national-minimum-wage-increases/';
const APR_2017 =
  'https://www.uk.coop/newsroom/did-you-get-pay-rise-national-minimum-and-living-wages-go';
const NMWM03080 =
  'https://www.gov.uk/hmrc-internal-manuals/national-minimum-wage-manual/nmwm03080';
const NMWM13219 =
  'https://www.gov.uk/hmrc-internal-manuals/national-minimum-wage-manual/nmwm13219';
const OFFSET_2025 =
  'https://community.hmrc.gov.uk/customerforums/nmwnlw/1e7c9bae-3fb2-ef11-95f6-6045bd0d1542';

/** The dates every band below the top rate changed on, from October 2015 to April 2026. */
const UPRATING_DATES = [
  '2015-10-01',
  '2016-10-01',
  '2017-04-01',
  '2018-04-01',
  '2019-04-01',
  '2020-04-01',
  '2021-04-01',
  '2022-04-01',
  '2023-04-01',
  '2024-04-01',
  '2025-04-01',
  '2026-04-01',
] as const;

function sourceFor(from: string): string {
  if (from < '2017-04-01') return OCT_2015_2016;
  if (from < '2018-04-01') return APR_2017;
  if (from < '2026-04-01') return GOV_RATES;
  return LPC_2026;
}

/** One step per uprating date, values in the same order as UPRATING_DATES. */
function everyUprating(values: readonly number[], firstNote?: string): Step[] {
  return UPRATING_DATES.map((from, index) => {
    const step: Step = { from, value: values[index] as number, source: sourceFor(from) };
    if (index === 0 && firstNote !== undefined) step.note = firstNote;
    return step;
  });
}

export const minimumWageRows: readonly RateRow[] = [
  // The adult rate (21+) before the National Living Wage, and the National Living Wage once its
  // age threshold fell to 21 on 1 April 2024. Between those dates the key has no rows on purpose:
  // the top rate was the 25+ and then the 23+ band.
  ...series('nmw.21_and_over', 'pence', [
    {
      from: '2015-10-01',
      to: '2016-03-31',
      value: 670,
      source: OCT_2015_2016,
      note: 'Adult rate for workers aged 21 and over before the National Living Wage began.',
    },
    {
      from: '2024-04-01',
      value: 1144,
      source: GOV_RATES,
      note: 'National Living Wage: age threshold lowered from 23 to 21.',
    },
    { from: '2025-04-01', value: 1221, source: GOV_RATES },
    { from: '2026-04-01', value: 1271, source: LPC_2026 },
  ]),
  ...series('nmw.25_and_over', 'pence', [
    {
      from: '2016-04-01',
      value: 720,
      source: GOV_RATES,
      note: 'National Living Wage introduced for workers aged 25 and over.',
    },
    { from: '2017-04-01', value: 750, source: APR_2017 },
    { from: '2018-04-01', value: 783, source: GOV_RATES },
    { from: '2019-04-01', value: 821, source: GOV_RATES },
    { from: '2020-04-01', value: 872, source: GOV_RATES, to: '2021-03-31' },
  ]),
  ...series('nmw.23_and_over', 'pence', [
    {
      from: '2021-04-01',
      value: 891,
      source: GOV_RATES,
      note: 'National Living Wage: age threshold lowered from 25 to 23.',
    },
    { from: '2022-04-01', value: 950, source: GOV_RATES },
    { from: '2023-04-01', value: 1042, source: GOV_RATES, to: '2024-03-31' },
  ]),
  ...series('nmw.21_to_24', 'pence', [
    { from: '2016-04-01', value: 670, source: OCT_2015_2016 },
    { from: '2016-10-01', value: 695, source: OCT_2015_2016 },
    { from: '2017-04-01', value: 705, source: APR_2017 },
    { from: '2018-04-01', value: 738, source: GOV_RATES },
    { from: '2019-04-01', value: 770, source: GOV_RATES },
    { from: '2020-04-01', value: 820, source: GOV_RATES, to: '2021-03-31' },
  ]),
  ...series('nmw.21_to_22', 'pence', [
    { from: '2021-04-01', value: 836, source: GOV_RATES },
    { from: '2022-04-01', value: 918, source: GOV_RATES },
    { from: '2023-04-01', value: 1018, source: GOV_RATES, to: '2024-03-31' },
  ]),
  ...series(
    'nmw.18_to_20',
    'pence',
    everyUprating([530, 555, 560, 590, 615, 645, 656, 683, 749, 860, 1000, 1085]),
  ),
  ...series(
    'nmw.16_to_17',
    'pence',
    everyUprating(
      [387, 400, 405, 420, 435, 455, 462, 481, 528, 640, 755, 800],
      'Only for workers above compulsory school age.',
    ),
  ),
  ...series(
    'nmw.apprentice',
    'pence',
    everyUprating(
      [330, 340, 350, 370, 390, 415, 430, 481, 528, 640, 755, 800],
      'Apprentices under 19, or aged 19 or over in the first year of the apprenticeship.',
    ),
  ),
];

const OFFSET_DAILY: readonly number[] = [
  535, 600, 640, 700, 755, 820, 836, 870, 910, 999, 1066, 1110,
];

function offsetSource(from: string): string {
  if (from < '2017-04-01') return OCT_2015_2016;
  if (from < '2025-04-01') return GOV_ACCOMMODATION;
  if (from < '2026-04-01') return OFFSET_2025;
  return LPC_2026;
}

/**
 * The accommodation offset: the most accommodation can count towards minimum wage pay. The
 * weekly figure is 7 × the daily one (NMWM03080), so it is derived rather than typed twice.
 */
export const accommodationOffsetRows: readonly RateRow[] = [
  ...series(
    'nmw.accommodation_offset_daily',
    'pence',
    UPRATING_DATES.map((from, index) => ({
      from,
      value: OFFSET_DAILY[index] as number,
      source: offsetSource(from),
    })),
  ),
  ...series(
    'nmw.accommodation_offset_weekly',
    'pence',
    UPRATING_DATES.map((from, index) => ({
      from,
      value: 7 * (OFFSET_DAILY[index] as number),
      source: NMWM03080,
      note: '7 × the daily offset (HMRC NMWM03080).',
    })),
  ),
];

/** Rules about the rates rather than the rates themselves. */
export const minimumWageRuleRows: readonly RateRow[] = [
  // The youngest age for the National Living Wage (the top band).
  ...series('nmw.nlw_min_age', 'count', [
    { from: '2016-04-01', value: 25, source: GOV_RATES },
    { from: '2021-04-01', value: 23, source: GOV_RATES },
    { from: '2024-04-01', value: 21, source: GOV_RATES },
  ]),
  // Penalty on a notice of underpayment, as a share of the underpayment, by the date the pay
  // reference period started (NMWM13219).
  ...series('nmw.penalty_percent', 'basisPoints', [
    { from: '2009-04-06', value: 5000, source: NMWM13219 },
    { from: '2014-03-07', value: 10000, source: NMWM13219 },
    { from: '2016-04-01', value: 20000, source: NMWM13219 },
  ]),
  ...series('nmw.penalty_max_per_worker', 'pence', [
    { from: '2016-04-01', value: 2_000_000, source: NMWM13219 },
  ]),
];
