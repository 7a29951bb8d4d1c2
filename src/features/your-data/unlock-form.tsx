import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { unlock } from '../../storage';
import { PassphraseField, ShowPassphrase } from './passphrase-field';

/** Type the passphrase to unlock this session. A wrong one says so, and nothing else happens. */
export function UnlockForm({ onUnlocked, forgottenTo }: { onUnlocked: () => void; forgottenTo: string }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setErrors([{ target: 'unlock-passphrase', message: t('yourData.lock.errors.enterPassphrase') }]);
      return;
    }
    setBusy(true);
    const result = await unlock(passphrase);
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      setErrors([]);
      onUnlocked();
      return;
    }
    const key = result.reason === 'wrong-passphrase' ? 'wrongPassphrase' : result.reason === 'not-on' ? 'notOn' : 'unlockFailed';
    setErrors([{ target: 'unlock-passphrase', message: t(`yourData.lock.errors.${key}`) }]);
  };

  return (
    <form noValidate className="lock-form" onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} />
      <PassphraseField
        id="unlock-passphrase"
        label={t('yourData.lock.passphrase')}
        error={errors[0]?.message}
        value={passphrase}
        shown={shown}
        autoComplete="current-password"
        onChange={setPassphrase}
      />
      <ShowPassphrase id="unlock-show" shown={shown} label={t('yourData.lock.show')} onChange={setShown} />
      <p className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('yourData.lock.unlocking') : t('yourData.lock.unlock')}
        </button>
      </p>
      <p>
        <Link to={forgottenTo}>{t('yourData.lock.forgotten')}</Link>
      </p>
    </form>
  );
}
