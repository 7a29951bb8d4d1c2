import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { isIsoDate } from '../../domain/shared/iso-date';
import { Loading } from '../../components/loading';
import { NotFoundPage } from '../../components/not-found-page';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import { createShift, deleteShift, shiftDraftKey, updateShift, useShift, type Shift, type WriteFailureReason } from '../../storage';
import { LockedRecords } from './locked-records';
import { localToday } from './today';
import { ShiftForm } from './shift-form';
import { emptyShiftForm, shiftToForm } from './shift-form-values';
import './diary.css';

export const NEW_SHIFT_DRAFT_KEY = 'diary:shift:new';

export function NewShiftPage() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [search] = useSearchParams();
  const wanted = search.get('date');
  const initial = useMemo(() => emptyShiftForm(wanted && isIsoDate(wanted) ? wanted : localToday()), [wanted]);
  return (
    <>
      <PageHeading>{t('diary.shift.newTitle')}</PageHeading>
      <ShiftForm
        draftKey={NEW_SHIFT_DRAFT_KEY}
        initial={initial}
        done={`/${locale.code}/diary`}
        localeTag={locale.tag}
        offerNext
        onSave={(input) => createShift(input)}
      />
    </>
  );
}

function DeleteShift({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<WriteFailureReason | null>(null);
  return (
    <section aria-labelledby="delete-shift-title">
      <h2 id="delete-shift-title">{t('diary.shift.deleteTitle')}</h2>
      {failure && (
        <p className="banner banner--warning" role="alert">
          {t(`diary.saveFailed.${failure}`)}
        </p>
      )}
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby="delete-shift-confirm">
          <p id="delete-shift-confirm">{t('diary.shift.deleteConfirm')}</p>
          <p className="button-row">
            <button
              type="button"
              className="button button--warning"
              autoFocus
              onClick={() =>
                void deleteShift(shift.id).then((result) => (result.ok ? navigate(`/${locale.code}/diary`, { replace: true }) : setFailure(result.reason)))
              }
            >
              {t('diary.shift.deleteYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('diary.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
          {t('diary.shift.delete')}
        </button>
      )}
    </section>
  );
}

function EditShift({ shift }: { shift: Shift }) {
  const { locale } = useReader();
  const initial = useMemo(() => shiftToForm(shift), [shift]);
  return (
    <>
      <ShiftForm
        draftKey={shiftDraftKey(shift.id)}
        initial={initial}
        done={`/${locale.code}/diary`}
        localeTag={locale.tag}
        onSave={(input) => updateShift(shift.id, input)}
      />
      <DeleteShift shift={shift} />
    </>
  );
}

export function EditShiftPage() {
  const { t } = useTranslation();
  const { shiftId = '' } = useParams();
  const loaded = useShift(shiftId);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'ready' && !loaded.value) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('diary.shift.editTitle')}</PageHeading>
      {loaded.status === 'locked' ? <LockedRecords /> : loaded.value && <EditShift key={loaded.value.id} shift={loaded.value} />}
    </>
  );
}
