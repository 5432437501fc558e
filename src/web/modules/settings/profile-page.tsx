import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../shared/auth.ts';
import { LOCALE_NAMES, useLocale } from '../../i18n/index.ts';
import { fieldErrors } from '../../lib/api.ts';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { ChangePasswordForm } from '../auth/change-password-form.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useChangeLocale, useUpdateMe } from '../auth/use-auth-actions.ts';
import { PreferencesCard } from '../notifications/preferences-card.tsx';
import { SectionHeader } from './settings-layout.tsx';

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const locale = useLocale();
  const changeLocale = useChangeLocale();
  const updateMe = useUpdateMe();
  const [name, setName] = useState(user.name);
  const errors = fieldErrors(updateMe.error);

  const saveName = (e: FormEvent) => {
    e.preventDefault();
    updateMe.mutate({ name: name.trim() }, { onSuccess: () => showToast(t('profile.saved'), 'success') });
  };

  return (
    <section className="profile">
      <SectionHeader title={t('settings.sections.profile')} description={t('profile.description')} />
      <div className="card">
        <h3 className="card-title">{t('profile.details')}</h3>
        <form className="form form-narrow" onSubmit={saveName} noValidate>
          <Field label={t('profile.name')} error={errors.name}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={name}
                maxLength={200}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <dl className="profile-facts">
            <div>
              <dt>{t('profile.email')}</dt>
              <dd>{user.email}</dd>
            </div>
            <div>
              <dt>{t('profile.role')}</dt>
              <dd>{t(`enums.roles.${user.role}`)}</dd>
            </div>
          </dl>
          <div className="form-actions form-actions-start">
            <button
              type="submit"
              className="button button-primary"
              disabled={updateMe.isPending || !name.trim() || name.trim() === user.name}
            >
              {t('common.save')}
            </button>
          </div>
        </form>
      </div>
      <div className="card">
        <h3 className="card-title">{t('profile.language')}</h3>
        <p className="card-description">{t('profile.languageHint')}</p>
        <div className="segmented">
          {LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              aria-pressed={l === locale}
              lang={l}
              className={`segmented-option${l === locale ? ' segmented-option-active' : ''}`}
              onClick={() => changeLocale(l)}
            >
              {LOCALE_NAMES[l]}
            </button>
          ))}
        </div>
      </div>
      <PreferencesCard />
      <div className="card">
        <h3 className="card-title">{t('profile.changePassword')}</h3>
        <div className="form-narrow">
          <ChangePasswordForm />
        </div>
      </div>
    </section>
  );
}
