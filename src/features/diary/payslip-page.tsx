import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatPence } from '../../content/format-rate';
import { Loading } from '../../components/loading';
import { NotFoundPage } from '../../components/not-found-page';
import { PageActions } from '../../components/page-actions';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import {
  createPayslip,
  deletePayslip,
  loadDraft,
  payslipDraftKey,
  saveDraft,
  shiftWorkedMinutes,
  updatePayslip,
  usePayslip,
  useShiftsBetween,
  type Payslip,
  type WriteFailureReason,
} from '../../storage';
import { DeleteRecord } from './delete-record';
import { formatDate, formatMinutes } from './format';
import { LockedRecords } from '../../components/locked-records';
import { MINIMUM_WAGE_DRAFT_KEY, minimumWageDraftFor, periodTotals } from './minimum-wage-draft';
import { PayslipForm } from './payslip-form';
import { EMPTY_PAYSLIP_FORM, payslipToForm } from './payslip-form-values';
import './diary.css';

export const NEW_PAYSLIP_DRAFT_KEY = 'diary:payslip:new';

export function NewPayslipPage() {
  const { t } = useTranslation();
  const { locale } = useReader();
  return (
    <>
      <PageHeading>{t('diary.payslip.newTitle')}</PageHeading>
      <PayslipForm
        draftKey={NEW_PAYSLIP_DRAFT_KEY}
        initial={EMPTY_PAYSLIP_FORM}
        cancelTo={`/${locale.code}/diary`}
        onSave={async (input) => {
          const result = await createPayslip(input);
          return result.ok ? { ok: true, next: `/${locale.code}/diary/payslips/${result.id}` } : result;
        }}
      />
    </>
  );
}

function EditPayslip({ payslip }: { payslip: Payslip }) {
  const { locale } = useReader();
  const initial = useMemo(() => payslipToForm(payslip), [payslip]);
  const back = `/${locale.code}/diary/payslips/${payslip.id}`;
  return (
    <PayslipForm
      draftKey={payslipDraftKey(payslip.id)}
      initial={initial}
      cancelTo={back}
      onSave={async (input) => {
        const result = await updatePayslip(payslip.id, input);
        return result.ok ? { ok: true, next: back } : result;
      }}
    />
  );
}

export function EditPayslipPage() {
  const { t } = useTranslation();
  const { payslipId = '' } = useParams();
  const loaded = usePayslip(payslipId);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'ready' && !loaded.value) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('diary.payslip.editTitle')}</PageHeading>
      {loaded.status === 'locked' ? <LockedRecords bodyKey="diary.locked.body" unlockKey="diary.locked.unlock" /> : loaded.value && <EditPayslip key={loaded.value.id} payslip={loaded.value} />}
    </>
  );
}

function CheckPayPeriod({ payslip, onFailure }: { payslip: Payslip; onFailure: (reason: WriteFailureReason) => void }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const navigate = useNavigate();
  const shifts = useShiftsBetween(payslip.periodStart, payslip.periodEnd);
  if (shifts.status !== 'ready') return <Loading />;
  const totals = periodTotals(shifts.value, payslip);
  const check = async () => {
    const existing = await loadDraft<unknown>(MINIMUM_WAGE_DRAFT_KEY);
    const saved = await saveDraft(MINIMUM_WAGE_DRAFT_KEY, minimumWageDraftFor(totals, payslip, existing));
    if (!saved.ok) {
      onFailure(saved.reason);
      return;
    }
    navigate(`/${locale.code}/tools/minimum-wage`);
  };
  const duration = (minutes: number) => formatMinutes(t, minutes, locale.tag);
  return (
    <section aria-labelledby="period-shifts-title">
      <h2 id="period-shifts-title">{t('diary.payslip.shiftsTitle')}</h2>
      <p>{payslip.employer ? t('diary.payslip.shiftsFor', { count: totals.shifts.length, employer: payslip.employer }) : t('diary.payslip.shiftsAll', { count: totals.shifts.length })}</p>
      {totals.shifts.length > 0 && (
        <>
          <ul className="diary-period-shifts">
            {totals.shifts.map((shift) => (
              <li key={shift.id}>
                <Link to={`/${locale.code}/diary/shifts/${shift.id}`}>{formatDate(shift.date, locale.tag, { weekday: 'short', day: 'numeric', month: 'short' })}</Link>{' '}
                <bdi dir="ltr">{shift.start}–{shift.end}</bdi> ({duration(shiftWorkedMinutes(shift))})
              </li>
            ))}
          </ul>
          <dl className="summary-list">
            <div>
              <dt>{t('diary.totals.worked')}</dt>
              <dd>{duration(totals.workedMinutes)}</dd>
            </div>
            <div>
              <dt>{t('diary.totals.travel')}</dt>
              <dd>{duration(totals.travelMinutes)}</dd>
            </div>
            <div>
              <dt>{t('diary.totals.training')}</dt>
              <dd>{duration(totals.trainingMinutes)}</dd>
            </div>
            <div>
              <dt>{t('diary.totals.sleepIns')}</dt>
              <dd>{t('diary.totals.sleepInsValue', { count: totals.sleepIns, awake: duration(totals.sleepInAwakeMinutes) })}</dd>
            </div>
          </dl>
        </>
      )}
      <p className="no-print">
        <button type="button" className="button" onClick={() => void check()}>
          {t('diary.payslip.check')}
        </button>
      </p>
      <p className="hint">{t('diary.payslip.checkHint')}</p>
    </section>
  );
}

function PayslipView({ payslip }: { payslip: Payslip }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [failure, setFailure] = useState<WriteFailureReason | null>(null);
  const money = (pence: number) => <bdi dir="ltr">{formatPence(pence, locale.tag)}</bdi>;
  const net = payslip.grossPence - payslip.taxAndPensionPence - payslip.employerDeductionsPence;
  return (
    <article>
      <PageHeading>{t('diary.payslip.title', { start: formatDate(payslip.periodStart, locale.tag), end: formatDate(payslip.periodEnd, locale.tag) })}</PageHeading>
      <PageActions>
        <Link className="button button--secondary" to={`/${locale.code}/diary/payslips/${payslip.id}/edit`}>
          {t('diary.payslip.edit')}
        </Link>
      </PageActions>
      {failure && (
        <p className="banner banner--warning" role="alert">
          {t(`diary.checkFailed.${failure === 'locked' ? 'locked' : 'error'}`)}
        </p>
      )}
      <dl className="summary-list">
        <div>
          <dt>{t('diary.payslip.employer')}</dt>
          <dd>{payslip.employer || t('diary.notRecorded')}</dd>
        </div>
        <div>
          <dt>{t('diary.payslip.gross')}</dt>
          <dd>{money(payslip.grossPence)}</dd>
        </div>
        <div>
          <dt>{t('diary.payslip.taxAndPension')}</dt>
          <dd>{money(payslip.taxAndPensionPence)}</dd>
        </div>
        <div>
          <dt>{t('diary.payslip.employerDeductions')}</dt>
          <dd>{money(payslip.employerDeductionsPence)}</dd>
        </div>
        <div>
          <dt>{t('diary.payslip.net')}</dt>
          <dd>{money(net)}</dd>
        </div>
        {payslip.note && (
          <div>
            <dt>{t('diary.payslip.note')}</dt>
            <dd className="diary-note">{payslip.note}</dd>
          </div>
        )}
      </dl>
      <CheckPayPeriod payslip={payslip} onFailure={setFailure} />
      <DeleteRecord kind="payslip" className="no-print" remove={() => deletePayslip(payslip.id)} failureMessage={() => t('diary.deleteFailed')} />
      <p className="no-print">
        <Link to={`/${locale.code}/diary`}>{t('diary.back')}</Link>
      </p>
    </article>
  );
}

export function PayslipPage() {
  const { t } = useTranslation();
  const { payslipId = '' } = useParams();
  const loaded = usePayslip(payslipId);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'locked') {
    return (
      <>
        <PageHeading>{t('diary.title')}</PageHeading>
        <LockedRecords bodyKey="diary.locked.body" unlockKey="diary.locked.unlock" />
      </>
    );
  }
  if (!loaded.value) return <NotFoundPage />;
  return <PayslipView key={loaded.value.id} payslip={loaded.value} />;
}
