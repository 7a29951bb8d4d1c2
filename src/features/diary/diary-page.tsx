import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPence } from '../../content/format-rate';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import { shiftWorkedMinutes, useHolidaySummary, usePayslips, useShifts, type Shift } from '../../storage';
import { formatDate, formatMinutes } from './format';
import { LockedRecords } from '../../components/locked-records';
import { groupByWeek } from './week';
import './diary.css';

/** Shifts shown at first and added by each "show more": a year of shifts still opens at once. */
export const SHIFTS_PAGE_SIZE = 50;
export const PAYSLIPS_PAGE_SIZE = 12;

function ShiftRow({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const duration = (minutes: number) => formatMinutes(t, minutes, locale.tag);
  const extras = [
    shift.employer,
    shift.travelMinutes ? t('diary.list.travel', { time: duration(shift.travelMinutes) }) : '',
    shift.trainingMinutes ? t('diary.list.training', { time: duration(shift.trainingMinutes) }) : '',
    shift.sleepIn ? t('diary.list.sleepIn', { time: duration(shift.sleepInAwakeMinutes) }) : '',
  ].filter(Boolean);
  return (
    <li className="record-list__item shift-row">
      <Link to={`/${locale.code}/diary/shifts/${shift.id}`} className="record-list__title">
        {formatDate(shift.date, locale.tag, { weekday: 'long', day: 'numeric', month: 'long' })}
      </Link>
      <p className="record-list__meta">
        <bdi dir="ltr">{shift.start}–{shift.end}</bdi> ({duration(shiftWorkedMinutes(shift))})
        {extras.length > 0 && <> · {extras.join(' · ')}</>}
      </p>
    </li>
  );
}

function Shifts() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [limit, setLimit] = useState(SHIFTS_PAGE_SIZE);
  const shifts = useShifts(limit);
  if (shifts.status === 'loading') return <Loading />;
  if (shifts.status === 'locked') return <LockedRecords bodyKey="diary.locked.body" unlockKey="diary.locked.unlock" />;
  const { shifts: list, total } = shifts.value;
  if (total === 0) return <p>{t('diary.list.noShifts')}</p>;
  return (
    <>
      <p>{t('diary.list.shiftCount', { count: total })}</p>
      <div data-testid="shift-list">
        {groupByWeek(list).map(({ week, items }) => (
          <section key={week} aria-labelledby={`week-${week}`} className="diary-week">
            <h3 id={`week-${week}`}>
              {t('diary.list.week', { date: formatDate(week, locale.tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) })}
            </h3>
            <p className="hint">{t('diary.list.weekTotal', { time: formatMinutes(t, items.reduce((sum, shift) => sum + shiftWorkedMinutes(shift), 0), locale.tag) })}</p>
            <ul className="record-list">
              {items.map((shift) => (
                <ShiftRow key={shift.id} shift={shift} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {list.length < total && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setLimit((current) => current + SHIFTS_PAGE_SIZE)}>
            {t('diary.list.moreShifts', { shown: list.length, total })}
          </button>
        </p>
      )}
    </>
  );
}

function Payslips() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [limit, setLimit] = useState(PAYSLIPS_PAGE_SIZE);
  const payslips = usePayslips(limit);
  if (payslips.status === 'loading') return <Loading />;
  if (payslips.status === 'locked') return null;
  const { payslips: list, total } = payslips.value;
  if (total === 0) return <p>{t('diary.list.noPayslips')}</p>;
  return (
    <>
      <ul className="record-list" data-testid="payslip-list">
        {list.map((payslip) => (
          <li key={payslip.id} className="record-list__item">
            <Link to={`/${locale.code}/diary/payslips/${payslip.id}`} className="record-list__title">
              {t('diary.list.period', { start: formatDate(payslip.periodStart, locale.tag, { dateStyle: 'medium' }), end: formatDate(payslip.periodEnd, locale.tag, { dateStyle: 'medium' }) })}
            </Link>
            <p className="record-list__meta">
              {payslip.employer && <>{payslip.employer} · </>}
              {t('diary.list.gross', { amount: formatPence(payslip.grossPence, locale.tag) })}
            </p>
          </li>
        ))}
      </ul>
      {list.length < total && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setLimit((current) => current + PAYSLIPS_PAGE_SIZE)}>
            {t('diary.list.morePayslips', { shown: list.length, total })}
          </button>
        </p>
      )}
    </>
  );
}

function HolidayLine() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const summary = useHolidaySummary();
  if (summary.status !== 'ready') return null;
  const { entitlement, takenMinutes, remainingMinutes } = summary.value;
  const duration = (minutes: number) => formatMinutes(t, minutes, locale.tag);
  return (
    <p>
      {entitlement && remainingMinutes !== null
        ? t('diary.list.holidayLeft', { taken: duration(takenMinutes), entitled: duration(entitlement.minutes), left: duration(Math.max(0, remainingMinutes)) })
        : t('diary.list.holidayNoEntitlement')}
    </p>
  );
}

/** A PA's work diary: shifts week by week, payslips, and holiday against entitlement. */
export function DiaryPage() {
  const { t } = useTranslation();
  const { locale } = useReader();
  return (
    <>
      <PageHeading>{t('diary.title')}</PageHeading>
      <p className="lead">{t('diary.intro')}</p>
      <p className="hint">{t('diary.private')}</p>
      <p className="button-row">
        <Link className="button" to={`/${locale.code}/diary/shifts/new`}>{t('diary.list.addShift')}</Link>
        <Link className="button button--secondary" to={`/${locale.code}/diary/payslips/new`}>{t('diary.list.addPayslip')}</Link>
      </p>
      <section aria-labelledby="diary-shifts">
        <h2 id="diary-shifts">{t('diary.list.shifts')}</h2>
        <Shifts />
      </section>
      <section aria-labelledby="diary-payslips">
        <h2 id="diary-payslips">{t('diary.list.payslips')}</h2>
        <p className="hint">{t('diary.list.payslipsHint')}</p>
        <Payslips />
      </section>
      <section aria-labelledby="diary-holiday">
        <h2 id="diary-holiday">{t('diary.list.holiday')}</h2>
        <HolidayLine />
        <p>
          <Link to={`/${locale.code}/diary/holiday`}>{t('diary.list.holidayLink')}</Link>
        </p>
      </section>
    </>
  );
}
