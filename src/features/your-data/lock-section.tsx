import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { Loading } from '../../components/loading';
import { useReader } from '../../lib/use-reader';
import {
  AUTO_LOCK_CHOICES,
  changePassphrase,
  DEFAULT_AUTO_LOCK_MINUTES,
  lockNow,
  MIN_PASSPHRASE_LENGTH,
  setAutoLockMinutes,
  turnLockOff,
  turnLockOn,
  useLockState,
  type LockResult,
} from '../../storage';
import { PassphraseField, ShowPassphrase } from './passphrase-field';
import { UnlockForm } from './unlock-form';

function failureMessage(t: TFunction, result: Extract<LockResult, { ok: false }>): string {
  switch (result.reason) {
    case 'wrong-passphrase':
      return t('yourData.lock.errors.wrongPassphrase');
    case 'too-short':
      return t('yourData.lock.errors.tooShort', { min: MIN_PASSPHRASE_LENGTH });
    case 'quota':
      return t('yourData.lock.errors.quota');
    case 'locked':
    case 'already-on':
    case 'not-on':
      return t('yourData.lock.errors.changedElsewhere');
    default:
      return t('yourData.lock.errors.failed');
  }
}

function AutoLockChoice({ value, onChange, id }: { value: number; onChange: (minutes: number) => void; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('yourData.lock.autoLock')}</label>
      <p className="hint" id={`${id}-hint`}>{t('yourData.lock.autoLockHint')}</p>
      <select id={id} value={value} aria-describedby={`${id}-hint`} onChange={(event) => onChange(Number(event.target.value))}>
        {AUTO_LOCK_CHOICES.map((minutes) => (
          <option key={minutes} value={minutes}>
            {t('yourData.lock.minutes', { count: minutes })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Checks a new passphrase and its confirmation; problems for the error summary. */
function newPassphraseProblems(t: TFunction, next: string, again: string, prefix: string): FieldError[] {
  const problems: FieldError[] = [];
  if (next.length < MIN_PASSPHRASE_LENGTH) problems.push({ target: `${prefix}-new`, message: t('yourData.lock.errors.tooShort', { min: MIN_PASSPHRASE_LENGTH }) });
  else if (next !== again) problems.push({ target: `${prefix}-again`, message: t('yourData.lock.errors.mismatch') });
  return problems;
}

function TurnOn() {
  const { t } = useTranslation();
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [minutes, setMinutes] = useState<number>(DEFAULT_AUTO_LOCK_MINUTES);
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errors.find((error) => error.target === target)?.message;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = newPassphraseProblems(t, next, again, 'lock-on');
    if (!understood) problems.push({ target: 'lock-on-understood', message: t('yourData.lock.errors.understand') });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    const result = await turnLockOn(next, minutes);
    setBusy(false);
    if (!result.ok) setErrors([{ target: 'lock-on-new', message: failureMessage(t, result) }]);
  };

  return (
    <form noValidate className="lock-form" onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} />
      <div className="callout callout--warning">
        <p className="callout__label">{t('yourData.lock.forgetTitle')}</p>
        <p>{t('yourData.lock.forgetBody')}</p>
      </div>
      <PassphraseField id="lock-on-new" label={t('yourData.lock.newPassphrase')} hint={t('yourData.lock.newPassphraseHint', { min: MIN_PASSPHRASE_LENGTH })} error={errorFor('lock-on-new')} value={next} shown={shown} autoComplete="new-password" onChange={setNext} />
      <PassphraseField id="lock-on-again" label={t('yourData.lock.again')} error={errorFor('lock-on-again')} value={again} shown={shown} autoComplete="new-password" onChange={setAgain} />
      <ShowPassphrase id="lock-on-show" shown={shown} label={t('yourData.lock.show')} onChange={setShown} />
      <AutoLockChoice id="lock-on-minutes" value={minutes} onChange={setMinutes} />
      <div className={`field${errorFor('lock-on-understood') ? ' field--error' : ''}`}>
        {errorFor('lock-on-understood') && <p className="error-message" id="lock-on-understood-error">{errorFor('lock-on-understood')}</p>}
        <div className="checkbox">
          <input
            type="checkbox"
            id="lock-on-understood"
            checked={understood}
            aria-describedby={errorFor('lock-on-understood') ? 'lock-on-understood-error' : undefined}
            onChange={(event) => setUnderstood(event.target.checked)}
          />
          <label htmlFor="lock-on-understood">{t('yourData.lock.understood')}</label>
        </div>
      </div>
      <p className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('yourData.lock.working') : t('yourData.lock.turnOn')}
        </button>
      </p>
    </form>
  );
}

function ChangePassphrase({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errors.find((error) => error.target === target)?.message;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems: FieldError[] = current === '' ? [{ target: 'change-current', message: t('yourData.lock.errors.enterPassphrase') }] : [];
    problems.push(...newPassphraseProblems(t, next, again, 'change'));
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    const result = await changePassphrase(current, next);
    setBusy(false);
    if (result.ok) onDone();
    else setErrors([{ target: result.reason === 'wrong-passphrase' ? 'change-current' : 'change-new', message: failureMessage(t, result) }]);
  };
  return (
    <form noValidate className="lock-form" onSubmit={(event) => void submit(event)} aria-labelledby="change-title">
      <h3 id="change-title">{t('yourData.lock.changeTitle')}</h3>
      <ErrorSummary errors={errors} />
      <PassphraseField id="change-current" label={t('yourData.lock.currentPassphrase')} error={errorFor('change-current')} value={current} shown={shown} autoComplete="current-password" onChange={setCurrent} />
      <PassphraseField id="change-new" label={t('yourData.lock.newPassphrase')} hint={t('yourData.lock.newPassphraseHint', { min: MIN_PASSPHRASE_LENGTH })} error={errorFor('change-new')} value={next} shown={shown} autoComplete="new-password" onChange={setNext} />
      <PassphraseField id="change-again" label={t('yourData.lock.again')} error={errorFor('change-again')} value={again} shown={shown} autoComplete="new-password" onChange={setAgain} />
      <ShowPassphrase id="change-show" shown={shown} label={t('yourData.lock.show')} onChange={setShown} />
      <p className="button-row">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? t('yourData.lock.working') : t('yourData.lock.change')}
        </button>
      </p>
    </form>
  );
}

function TurnOff({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (current === '') {
      setErrors([{ target: 'off-current', message: t('yourData.lock.errors.enterPassphrase') }]);
      return;
    }
    setBusy(true);
    const result = await turnLockOff(current);
    setBusy(false);
    if (result.ok) onDone();
    else setErrors([{ target: 'off-current', message: failureMessage(t, result) }]);
  };
  return (
    <form noValidate className="lock-form" onSubmit={(event) => void submit(event)} aria-labelledby="off-title">
      <h3 id="off-title">{t('yourData.lock.offTitle')}</h3>
      <p>{t('yourData.lock.offBody')}</p>
      <ErrorSummary errors={errors} />
      <PassphraseField id="off-current" label={t('yourData.lock.currentPassphrase')} error={errors[0]?.message} value={current} shown={false} autoComplete="current-password" onChange={setCurrent} />
      <p className="button-row">
        <button type="submit" className="button button--warning" disabled={busy}>
          {busy ? t('yourData.lock.working') : t('yourData.lock.turnOff')}
        </button>
      </p>
    </form>
  );
}

/** The passphrase lock: turn on, unlock, lock now, change, turn off, and when to lock by itself. */
export function LockSection() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const lock = useLockState();
  const [message, setMessage] = useState('');
  const [autoLockFailed, setAutoLockFailed] = useState(false);
  return (
    <section aria-labelledby="lock-title" data-testid="lock-section">
      <h2 id="lock-title">{t('yourData.lock.title')}</h2>
      <p>{t('yourData.lock.body')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">{message}</p>
      {lock.status === 'checking' && <Loading />}
      {lock.status === 'off' && (
        <>
          <p className="lock-state"><strong>{t('yourData.lock.stateOff')}</strong></p>
          <TurnOn />
        </>
      )}
      {lock.status === 'locked' && (
        <>
          <p className="lock-state"><strong>{lock.reason === 'timeout' ? t('yourData.lock.stateTimedOut', { count: lock.autoLockMinutes }) : t('yourData.lock.stateLocked')}</strong></p>
          <UnlockForm onUnlocked={() => setMessage(t('yourData.lock.unlocked'))} forgottenTo={`/${locale.code}/your-data#delete-everything`} />
        </>
      )}
      {lock.status === 'unlocked' && (
        <>
          <p className="lock-state"><strong>{t('yourData.lock.stateUnlocked')}</strong></p>
          <p className="button-row">
            <button type="button" className="button" onClick={() => { lockNow(); setMessage(t('yourData.lock.lockedNow')); }}>
              {t('yourData.lock.lockNow')}
            </button>
          </p>
          <AutoLockChoice
            id="auto-lock-minutes"
            value={lock.autoLockMinutes}
            onChange={(minutes) => void setAutoLockMinutes(minutes).then((result) => setAutoLockFailed(!result.ok))}
          />
          {autoLockFailed && <p className="error-message" role="alert">{t('yourData.lock.errors.failed')}</p>}
          <ChangePassphrase onDone={() => setMessage(t('yourData.lock.changed'))} />
          <TurnOff onDone={() => setMessage(t('yourData.lock.turnedOff'))} />
        </>
      )}
    </section>
  );
}
