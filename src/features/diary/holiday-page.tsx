import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isIsoDate } from '../../domain/shared/iso-date';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import {
  addHoliday,
  deleteHoliday,
  leaveYearEnd,
  setHolidayEntitlement,
  useDraft,
  useHolidaySummary,
  type HolidayEntitlement,
  type HolidaySummary,
  type WriteFailureReason,
} from '../../storage';
import { minutesToHoursInput, parseHoursText } from './duration';
import { InputField } from './fields';
import { formatDate, formatMinutes } from './format';
import { LockedRecords } from '../../components/locked-records';
import { localToday } from './today';
import './diary.css';

/** A leave year's entitlement: 5.6 weeks of a long working week fits well under this. */
const MAX_ENTITLEMENT_MINUTES = 1000 * 60;
const MAX_DAY_MINUTES = 24 * 60;

function EntitlementForm({ current, onDone }: { current: HolidayEntitlement | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [start, setStart] = useState(current?.leaveYearStart ?? '');
  const [hours, setHours] = useState(current ? minutesToHoursInput(current.minutes) : '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<WriteFailureReason | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!isIsoDate(start)) problems.push({ target: 'entitlement-start', message: t(start ? 'diary.holiday.errors.startInvalid' : 'diary.holiday.errors.startRequired') });
    const parsed = parseHoursText(hours, MAX_ENTITLEMENT_MINUTES);
    if (!parsed.ok) problems.push({ target: 'entitlement-hours', message: t(`diary.holiday.errors.entitlement.${parsed.problem}`) });
    setErrors(problems);
    if (problems.length > 0 || !parsed.ok) return;
    const result = await setHolidayEntitlement({ leaveYearStart: start, minutes: parsed.minutes });
    if (!result.ok) setFailure(result.reason);
    else onDone();
  };
  const errorFor = (id: string) => errors.find((error) => error.target === id)?.message;
  return (
    <form noValidate className="diary-form" onSubmit={(event) => void submit(event)} aria-labelledby="entitlement-title">
      <h2 id="entitlement-title">{t('diary.holiday.entitlementTitle')}</h2>
      <ErrorSummary errors={errors} />
      {failure && <p className="banner banner--warning" role="alert">{t(`diary.saveFailed.${failure}`)}</p>}
      <InputField id="entitlement-start" type="date" label={t('diary.holiday.leaveYearStart')} hint={t('diary.holiday.leaveYearStartHint')} error={errorFor('entitlement-start')} value={start} onChange={setStart} />
      <InputField id="entitlement-hours" label={t('diary.holiday.entitlementHours')} hint={t('diary.holiday.entitlementHoursHint')} error={errorFor('entitlement-hours')} value={hours} inputMode="decimal" size={8} onChange={setHours} />
      <p className="button-row">
        <button type="submit" className="button">{t('diary.holiday.saveEntitlement')}</button>
      </p>
    </form>
  );
}

interface NewHoliday {
  date: string;
  hours: string;
  employer: string;
  note: string;
}

function restoreHoliday(stored: unknown): NewHoliday | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const record = stored as Record<string, unknown>;
  const text = (key: keyof NewHoliday) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  return { date: text('date'), hours: text('hours'), employer: text('employer'), note: text('note') };
}

function AddHoliday() {
  const { t } = useTranslation();
  const [form, setForm, draft] = useDraft<NewHoliday>('diary:holiday:new', { date: localToday(), hours: '', employer: '', note: '' }, { restore: restoreHoliday });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<WriteFailureReason | null>(null);
  const [status, setStatus] = useState('');
  if (!draft.loaded) return <Loading />;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!isIsoDate(form.date)) problems.push({ target: 'holiday-date', message: t(form.date ? 'diary.holiday.errors.dateInvalid' : 'diary.holiday.errors.dateRequired') });
    const parsed = parseHoursText(form.hours, MAX_DAY_MINUTES);
    if (!parsed.ok) problems.push({ target: 'holiday-hours', message: t(`diary.holiday.errors.hours.${parsed.problem}`) });
    setErrors(problems);
    if (problems.length > 0 || !parsed.ok) return;
    const result = await addHoliday({ date: form.date, minutes: parsed.minutes, employer: form.employer, note: form.note });
    if (!result.ok) {
      setFailure(result.reason);
      return;
    }
    setFailure(null);
    await draft.clear();
    setStatus(t('diary.holiday.added'));
  };
  const errorFor = (id: string) => errors.find((error) => error.target === id)?.message;
  const update = (patch: Partial<NewHoliday>) => setForm((current) => ({ ...current, ...patch }));
  return (
    <form noValidate className="diary-form" onSubmit={(event) => void submit(event)} aria-labelledby="add-holiday-title">
      <h2 id="add-holiday-title">{t('diary.holiday.addTitle')}</h2>
      <ErrorSummary errors={errors} />
      {failure && <p className="banner banner--warning" role="alert">{t(`diary.saveFailed.${failure}`)}</p>}
      <InputField id="holiday-date" type="date" label={t('diary.holiday.date')} error={errorFor('holiday-date')} value={form.date} onChange={(date) => update({ date })} />
      <InputField id="holiday-hours" label={t('diary.holiday.hours')} hint={t('diary.holiday.hoursHint')} error={errorFor('holiday-hours')} value={form.hours} inputMode="decimal" size={6} onChange={(hours) => update({ hours })} />
      <InputField id="holiday-employer" label={t('diary.shift.employer')} optional value={form.employer} size={30} onChange={(employer) => update({ employer })} />
      <InputField id="holiday-note" label={t('diary.holiday.note')} optional value={form.note} onChange={(note) => update({ note })} />
      <p className="button-row">
        <button type="submit" className="button">{t('diary.holiday.add')}</button>
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">{status}</p>
    </form>
  );
}

function HolidayTakenList({ summary }: { summary: HolidaySummary }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [failed, setFailed] = useState(false);
  const duration = (minutes: number) => formatMinutes(t, minutes, locale.tag);
  const { entitlement } = summary;
  return (
    <section aria-labelledby="holiday-taken-title">
      <h2 id="holiday-taken-title">{t('diary.holiday.takenTitle')}</h2>
      {entitlement ? (
        <>
          <p>{t('diary.holiday.leaveYear', { start: formatDate(entitlement.leaveYearStart, locale.tag), end: formatDate(leaveYearEnd(entitlement.leaveYearStart), locale.tag) })}</p>
          <dl className="summary-list" data-testid="holiday-summary">
            <div><dt>{t('diary.holiday.entitled')}</dt><dd>{duration(entitlement.minutes)}</dd></div>
            <div><dt>{t('diary.holiday.taken')}</dt><dd>{duration(summary.takenMinutes)}</dd></div>
            <div>
              <dt>{t('diary.holiday.left')}</dt>
              <dd>{(summary.remainingMinutes ?? 0) >= 0 ? duration(summary.remainingMinutes ?? 0) : t('diary.holiday.over', { amount: duration(-(summary.remainingMinutes ?? 0)) })}</dd>
            </div>
          </dl>
        </>
      ) : (
        <p>{t('diary.holiday.noEntitlement')}</p>
      )}
      {failed && <p className="banner banner--warning" role="alert">{t('diary.deleteFailed')}</p>}
      {summary.taken.length === 0 ? (
        <p>{t('diary.holiday.none')}</p>
      ) : (
        <ul className="record-list">
          {summary.taken.map((holiday) => (
            <li key={holiday.id} className="record-list__item diary-row">
              <span>
                <strong>{formatDate(holiday.date, locale.tag)}</strong>: {duration(holiday.minutes)}
                {holiday.employer && <> · {holiday.employer}</>}
                {holiday.note && <> · {holiday.note}</>}
              </span>
              <button type="button" className="button button--secondary" onClick={() => void deleteHoliday(holiday.id).then((result) => setFailed(!result.ok))}>
                {t('diary.holiday.delete')}
                <span className="visually-hidden"> {formatDate(holiday.date, locale.tag)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Holiday taken against the leave year's entitlement. */
export function HolidayPage() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const summary = useHolidaySummary();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <PageHeading>{t('diary.holiday.title')}</PageHeading>
      <p className="lead">{t('diary.holiday.intro')}</p>
      <p>
        <Link to={`/${locale.code}/guides/holiday`}>{t('diary.holiday.guide')}</Link>
      </p>
      {summary.status === 'loading' && <Loading />}
      {summary.status === 'locked' && <LockedRecords bodyKey="diary.locked.body" unlockKey="diary.locked.unlock" />}
      {summary.status === 'ready' && (
        <>
          <HolidayTakenList summary={summary.value} />
          {editing || !summary.value.entitlement ? (
            <EntitlementForm current={summary.value.entitlement} onDone={() => setEditing(false)} />
          ) : (
            <p>
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>{t('diary.holiday.changeEntitlement')}</button>
            </p>
          )}
          <AddHoliday />
        </>
      )}
      <p>
        <Link to={`/${locale.code}/diary`}>{t('diary.back')}</Link>
      </p>
    </>
  );
}
