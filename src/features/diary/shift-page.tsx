import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { isIsoDate } from '../../domain/shared/iso-date';
import { Loading } from '../../components/loading';
import { NotFoundPage } from '../../components/not-found-page';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import { createShift, deleteShift, shiftDraftKey, updateShift, useShift, type Shift } from '../../storage';
import { LockedRecords } from '../../components/locked-records';
import { DeleteRecord } from './delete-record';
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

function EditShift({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
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
      <DeleteRecord kind="shift" remove={() => deleteShift(shift.id)} failureMessage={(reason) => t(`diary.saveFailed.${reason}`)} />
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
      {loaded.status === 'locked' ? <LockedRecords bodyKey="diary.locked.body" unlockKey="diary.locked.unlock" /> : loaded.value && <EditShift key={loaded.value.id} shift={loaded.value} />}
    </>
  );
}
