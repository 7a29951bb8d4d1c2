import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyImport, prepareImport, type ImportPlan, type ImportProblem, type WriteFailureReason } from '../../storage';
import { describeImportProblem } from './import-problems';

/** Far beyond years of records; a bigger file is not a FairPA export and would exhaust a phone. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

type Step =
  | { kind: 'choose' }
  | { kind: 'checking'; name: string }
  | { kind: 'problems'; name: string; problems: ImportProblem[] }
  | { kind: 'failed'; name: string; reason: WriteFailureReason | 'unreadable' }
  | { kind: 'preview'; name: string; plan: ImportPlan }
  | { kind: 'importing'; name: string; plan: ImportPlan }
  | { kind: 'done'; added: number; replaced: number };

function Preview({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  const rows = plan.preview.filter((section) => section.add + section.replace + section.unchanged > 0);
  return (
    <div className="table-scroll">
      <table className="import-preview" data-testid="import-preview">
        <caption>{t('yourData.import.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('yourData.import.what')}</th>
            <th scope="col">{t('yourData.import.add')}</th>
            <th scope="col">{t('yourData.import.replace')}</th>
            <th scope="col">{t('yourData.import.unchanged')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((section) => (
            <tr key={section.section}>
              <th scope="row">{t(`yourData.sections.${section.section}`)}</th>
              <td>{section.add}</td>
              <td>{section.replace}</td>
              <td>{section.unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Import in three steps: choose a file; see every problem with it, or what it would add and
 * replace; confirm. The whole file is checked before anything is written, and the write is one
 * transaction, so a bad file (or a failure part-way) changes nothing.
 */
export function ImportSection() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const input = useRef<HTMLInputElement>(null);

  const reset = () => {
    setStep({ kind: 'choose' });
    if (input.current) input.current.value = '';
  };

  const check = async (file: File) => {
    setStep({ kind: 'checking', name: file.name });
    if (file.size > MAX_FILE_BYTES) {
      setStep({ kind: 'problems', name: file.name, problems: [{ code: 'too-large' }] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStep({ kind: 'failed', name: file.name, reason: 'unreadable' });
      return;
    }
    const prepared = await prepareImport(text);
    if (prepared.ok) setStep({ kind: 'preview', name: file.name, plan: prepared.plan });
    else if ('problems' in prepared) setStep({ kind: 'problems', name: file.name, problems: prepared.problems });
    else setStep({ kind: 'failed', name: file.name, reason: prepared.reason });
  };

  const confirm = async (plan: ImportPlan, name: string) => {
    setStep({ kind: 'importing', name, plan });
    const result = await applyImport(plan);
    if (result.ok) setStep({ kind: 'done', added: result.added, replaced: result.replaced });
    else if ('problems' in result) setStep({ kind: 'problems', name, problems: result.problems });
    else setStep({ kind: 'failed', name, reason: result.reason });
  };

  const total = (plan: ImportPlan) => plan.preview.reduce((sum, section) => sum + section.add + section.replace, 0);

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('yourData.import.title')}</h2>
      <p>{t('yourData.import.body')}</p>
      <div className="field">
        <label htmlFor="import-file">{t('yourData.import.file')}</label>
        <p className="hint" id="import-file-hint">{t('yourData.import.fileHint')}</p>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-file-hint"
          disabled={step.kind === 'checking' || step.kind === 'importing'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void check(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {step.kind === 'checking' && <p>{t('yourData.import.checking', { name: step.name })}</p>}
        {step.kind === 'importing' && <p>{t('yourData.import.importing')}</p>}
        {step.kind === 'done' && (
          <p className="banner banner--success" data-testid="import-done">
            {t('yourData.import.done', { added: step.added, replaced: step.replaced })}
          </p>
        )}
      </div>
      {step.kind === 'problems' && (
        <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="import-problems-title" data-testid="import-problems">
          <h3 id="import-problems-title">{t('yourData.import.problemsTitle', { name: step.name })}</h3>
          <p>{t('yourData.import.nothingChanged')}</p>
          <ul>
            {step.problems.map((problem, index) => (
              <li key={index}>{describeImportProblem(t, problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {step.kind === 'failed' && (
        <p className="banner banner--warning" role="alert" data-testid="import-failed">
          {t(`yourData.import.failed.${step.reason === 'quota' || step.reason === 'locked' || step.reason === 'unreadable' || step.reason === 'unavailable' ? step.reason : 'error'}`)}{' '}
          {t('yourData.import.nothingChanged')}
        </p>
      )}
      {(step.kind === 'preview' || step.kind === 'importing') && (
        <div className="import-confirm">
          <h3>{t('yourData.import.previewTitle', { name: step.name })}</h3>
          <Preview plan={step.plan} />
          <p>{t('yourData.import.keeps')}</p>
          {total(step.plan) === 0 ? (
            <p>{t('yourData.import.nothingNew')}</p>
          ) : (
            <p className="button-row">
              <button type="button" className="button" disabled={step.kind === 'importing'} onClick={() => void confirm(step.plan, step.name)}>
                {t('yourData.import.confirm', { count: total(step.plan) })}
              </button>
              <button type="button" className="button button--secondary" disabled={step.kind === 'importing'} onClick={reset}>
                {t('yourData.import.cancel')}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
