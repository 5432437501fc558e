import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.ts';
import { AlertIcon } from '../../ui/icons.tsx';
import { LanguageSwitcher } from '../shell/language-switcher.tsx';
import { LogoMark } from '../shell/logo.tsx';
import { safeRedirect } from './session.ts';
import { useLogin } from './use-auth-actions.ts';

const route = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate({ href: safeRedirect(redirect), replace: true }) },
    );
  };

  return (
    <div className="login">
      <div className="login-language">
        <LanguageSwitcher />
      </div>
      <form className="login-card" onSubmit={submit} noValidate>
        <div className="login-brand">
          <LogoMark size={40} />
        </div>
        <h1>{t('auth.title')}</h1>
        <p className="login-subtitle">{t('auth.subtitle')}</p>
        {login.error && (
          <div className="alert alert-error" role="alert">
            <AlertIcon />
            <span>{describeError(login.error)}</span>
          </div>
        )}
        <label className="field">
          <span className="field-label">{t('auth.email')}</span>
          <input
            className="input"
            type="email"
            name="email"
            autoComplete="username"
            required
            // biome-ignore lint/a11y/noAutofocus: the page exists to type into this field
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('auth.password')}</span>
          <input
            className="input"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={login.isPending || !email || !password}
        >
          {login.isPending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
      <p className="login-footer">{t('auth.footer')}</p>
    </div>
  );
}
