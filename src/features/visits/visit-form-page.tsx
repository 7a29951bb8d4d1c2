import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { NotFoundPage } from '../../components/not-found-page';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import { createVisit, updateVisit, useVisit, visitDraftKey, type Visit } from '../../storage';
import { LockedRecords } from '../../components/locked-records';
import { emptyVisitForm, formToVisitInput, localToday, visitToForm } from './visit-form-values';
import { VisitForm } from './visit-form';
import './visits.css';

/** Drafts of visits not yet saved have no id to go by. */
export const NEW_VISIT_DRAFT_KEY = 'visit:new';

export function NewVisitPage() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const initial = useMemo(() => emptyVisitForm(localToday()), []);
  return (
    <>
      <PageHeading>{t('visits.form.newTitle')}</PageHeading>
      <VisitForm
        draftKey={NEW_VISIT_DRAFT_KEY}
        initial={initial}
        submitLabel={t('visits.form.save')}
        cancelTo={`/${locale.code}/visits`}
        onSubmit={async (form) => {
          const result = await createVisit(formToVisitInput(form));
          return result.ok ? { ok: true, next: `/${locale.code}/visits/${result.id}` } : result;
        }}
      />
    </>
  );
}

function EditVisit({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const initial = useMemo(() => visitToForm(visit), [visit]);
  const back = `/${locale.code}/visits/${visit.id}`;
  return (
    <VisitForm
      draftKey={visitDraftKey(visit.id, 'edit')}
      initial={initial}
      submitLabel={t('visits.form.saveChanges')}
      cancelTo={back}
      onSubmit={async (form) => {
        const result = await updateVisit(visit.id, formToVisitInput(form));
        return result.ok ? { ok: true, next: back } : result;
      }}
    />
  );
}

export function EditVisitPage() {
  const { t } = useTranslation();
  const { visitId = '' } = useParams();
  const loaded = useVisit(visitId);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'ready' && loaded.value === null) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('visits.form.editTitle')}</PageHeading>
      {loaded.status === 'locked' ? <LockedRecords bodyKey="visits.locked.body" unlockKey="visits.locked.unlock" /> : loaded.value && <EditVisit key={loaded.value.visit.id} visit={loaded.value.visit} />}
    </>
  );
}
