import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  exportEverything,
  exportFileName,
  exportShiftsCsv,
  exportVisitsCsv,
  type FollowUp,
  type RecordSection,
  type WriteFailureReason,
} from '../../storage';
import { downloadText, todayForFileName } from './download';

type Outcome = { kind: 'done'; message: string } | { kind: 'failed'; reason: WriteFailureReason } | null;

/** Download everything as one JSON file, or shifts and visits as spreadsheets (CSV). */
export function ExportSection() {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<Outcome>) => {
    if (busy) return;
    setBusy(true);
    setOutcome(await work());
    setBusy(false);
  };

  const exportJson = () =>
    run(async () => {
      const result = await exportEverything();
      if (!result.ok) return { kind: 'failed', reason: result.reason };
      downloadText(result.text, exportFileName(todayForFileName()), 'application/json');
      const counts: Record<RecordSection, number> = result.counts;
      return {
        kind: 'done',
        message: t('yourData.export.done', {
          visits: counts.visits,
          shifts: counts.shifts,
          payslips: counts.payslips,
          checklists: counts.checklistRuns,
          results: counts.savedResults,
        }),
      };
    });

  const exportShifts = () =>
    run(async () => {
      const result = await exportShiftsCsv({
        headings: {
          date: t('yourData.csv.shifts.date'),
          start: t('yourData.csv.shifts.start'),
          end: t('yourData.csv.shifts.end'),
          employer: t('yourData.csv.shifts.employer'),
          worked: t('yourData.csv.shifts.worked'),
          travel: t('yourData.csv.shifts.travel'),
          training: t('yourData.csv.shifts.training'),
          sleepIn: t('yourData.csv.shifts.sleepIn'),
          awake: t('yourData.csv.shifts.awake'),
          note: t('yourData.csv.shifts.note'),
        },
        yes: t('yourData.csv.yes'),
        no: t('yourData.csv.no'),
      });
      if (!result.ok) return { kind: 'failed', reason: result.reason };
      downloadText(result.text, exportFileName(todayForFileName(), 'csv', 'shifts'), 'text/csv');
      return { kind: 'done', message: t('yourData.export.csvDone', { count: result.rows }) };
    });

  const exportVisits = () =>
    run(async () => {
      const result = await exportVisitsCsv({
        headings: {
          date: t('yourData.csv.visits.date'),
          place: t('yourData.csv.visits.place'),
          seen: t('yourData.csv.visits.seen'),
          findings: t('yourData.csv.visits.findings'),
          checklists: t('yourData.csv.visits.checklists'),
          results: t('yourData.csv.visits.results'),
          followUps: t('yourData.csv.visits.followUps'),
          open: t('yourData.csv.visits.open'),
        },
        followUp: (followUp: FollowUp) =>
          [followUp.action, followUp.dueDate ? t('yourData.csv.visits.due', { date: followUp.dueDate }) : '', followUp.done ? t('yourData.csv.visits.done') : '']
            .filter(Boolean)
            .join(' – '),
      });
      if (!result.ok) return { kind: 'failed', reason: result.reason };
      downloadText(result.text, exportFileName(todayForFileName(), 'csv', 'visits'), 'text/csv');
      return { kind: 'done', message: t('yourData.export.csvDone', { count: result.rows }) };
    });

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('yourData.export.title')}</h2>
      <p>{t('yourData.export.body')}</p>
      <div className="callout callout--warning">
        <p className="callout__label">{t('yourData.export.warningTitle')}</p>
        <p>{t('yourData.export.warning')}</p>
      </div>
      <p className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void exportJson()}>
          {t('yourData.export.json')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void exportShifts()}>
          {t('yourData.export.shiftsCsv')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void exportVisits()}>
          {t('yourData.export.visitsCsv')}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'done' && <p className="banner banner--success">{outcome.message}</p>}
      </div>
      {outcome?.kind === 'failed' && (
        <p className="banner banner--warning" role="alert">
          {t(`yourData.export.failed.${outcome.reason === 'locked' ? 'locked' : outcome.reason === 'unavailable' ? 'unavailable' : 'error'}`)}
        </p>
      )}
    </section>
  );
}
