import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { NATIONS, ROLES, isNation, isRole, type Nation, type Role } from '../../domain/shared/audience';
import { offeredLocales } from '../../i18n/locales';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { RadioGroup } from '../../components/radio-group';
import { savePreferences, type Preferences } from '../../storage';

interface Props {
  locale: string;
  initial: Preferences | null;
  submitLabel: string;
  onSaved: (preferences: Preferences) => void;
}

/**
 * Language, nation and role. Choosing a language switches the page to it at once (the URL carries
 * the locale), keeping the other answers in the query string so nothing chosen is lost.
 */
export function PreferencesForm({ locale, initial, submitLabel, onSaved }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const query = new URLSearchParams(search);
  const fromQuery = (key: string) => query.get(key);
  const [nation, setNation] = useState<Nation | null>(() => {
    const q = fromQuery('nation');
    return isNation(q) ? q : initial?.nation ?? null;
  });
  const [role, setRole] = useState<Role | null>(() => {
    const q = fromQuery('role');
    return isRole(q) ? q : initial?.role ?? null;
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);

  const changeLanguage = (code: string) => {
    const params = new URLSearchParams();
    if (nation) params.set('nation', nation);
    if (role) params.set('role', role);
    const rest = pathname.split('/').slice(2).join('/');
    navigate(`/${code}/${rest}${params.size ? `?${params}` : ''}`, { replace: true });
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!nation) problems.push({ target: 'nation-first', message: t('preferences.nationMissing') });
    if (!role) problems.push({ target: 'role-first', message: t('preferences.roleMissing') });
    setErrors(problems);
    if (!nation || !role) return;
    const preferences = { locale, nation, role };
    const result = await savePreferences(preferences);
    // Even if the device cannot keep it, the choice still applies for this visit.
    setSaveError(result.ok ? null : t('storage.preferencesNotSaved'));
    onSaved(preferences);
  };

  return (
    <form onSubmit={submit} noValidate className="preferences-form">
      <ErrorSummary errors={errors} />
      {saveError && <p className="banner banner--warning" role="alert">{saveError}</p>}
      <RadioGroup
        name="language"
        legend={t('preferences.language')}
        options={offeredLocales(locale).map((l) => ({ value: l.code, label: l.nativeName, lang: l.tag, hint: l.nativeName === l.englishName ? undefined : l.englishName }))}
        value={locale}
        onChange={changeLanguage}
      />
      <RadioGroup
        name="nation"
        legend={t('preferences.nation')}
        hint={t('preferences.nationHint')}
        options={NATIONS.map((n) => ({ value: n, label: t(`nations.${n}`) }))}
        value={nation}
        error={errors.find((e) => e.target === 'nation-first')?.message}
        onChange={(value) => setNation(value as Nation)}
      />
      <RadioGroup
        name="role"
        legend={t('preferences.role')}
        options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}.label`), hint: t(`roles.${r}.hint`) }))}
        value={role}
        error={errors.find((e) => e.target === 'role-first')?.message}
        onChange={(value) => setRole(value as Role)}
      />
      <button type="submit" className="button">{submitLabel}</button>
    </form>
  );
}
