import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../../shared/auth.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { InputField } from '../../ui/form-fields.tsx';
import { AlertIcon, CheckIcon, CopyIcon } from '../../ui/icons.tsx';
import { useCreateApiKey } from './settings-api.ts';

const FIELDS = ['name', 'scopes', 'current_password'] as const;

/** Name and scopes first; then the full key, shown this once only. */
export function CreateApiKeyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['read']);
  const [currentPassword, setCurrentPassword] = useState('');

  if (create.data) return <NewKeyDialog name={create.data.name} secret={create.data.key} onClose={onClose} />;

  const toggle = (scope: ApiKeyScope) =>
    setScopes((s) => (s.includes(scope) ? s.filter((x) => x !== scope) : [...s, scope]));

  return (
    <FormDialog
      title={t('apiKeys.create')}
      submitLabel={t('apiKeys.create')}
      mutation={create}
      fields={FIELDS}
      layout="stack"
      canSubmit={name.trim() !== '' && scopes.length > 0 && currentPassword !== ''}
      onSubmit={() =>
        create.mutate({
          name: name.trim(),
          scopes: API_KEY_SCOPES.filter((s) => scopes.includes(s)),
          current_password: currentPassword,
        })
      }
      onClose={onClose}
    >
      {(errors) => (
        <>
          <InputField
            label={t('apiKeys.fields.name')}
            error={errors.name}
            hint={t('apiKeys.nameHint')}
            required
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
          <fieldset className="fieldset">
            <legend className="field-label">{t('apiKeys.fields.scopes')}</legend>
            {API_KEY_SCOPES.map((scope) => (
              <label key={scope} className="checkbox-row">
                <input type="checkbox" checked={scopes.includes(scope)} onChange={() => toggle(scope)} />
                <span>
                  <span className="strong">{t(`enums.scopes.${scope}`)}</span>
                  <span className="field-hint">{t(`apiKeys.scopeHelp.${scope}`)}</span>
                </span>
              </label>
            ))}
            {errors.scopes && <p className="field-error">{errors.scopes}</p>}
          </fieldset>
          <InputField
            label={t('users.confirmPassword')}
            error={errors.current_password}
            hint={t('users.confirmPasswordHint')}
            required
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
          />
        </>
      )}
    </FormDialog>
  );
}

function NewKeyDialog({ name, secret, onClose }: { name: string; secret: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const secretRef = useRef<HTMLElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
    } catch {
      // No clipboard access (plain http): select the key so Ctrl+C copies it.
      const range = document.createRange();
      if (secretRef.current) range.selectNodeContents(secretRef.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <Dialog
      title={t('apiKeys.createdTitle', { name })}
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('apiKeys.done')}
        </button>
      }
    >
      <div className="alert alert-warning">
        <AlertIcon />
        <span>{t('apiKeys.onceWarning')}</span>
      </div>
      <div className="secret">
        <code ref={secretRef} className="secret-value">
          {secret}
        </code>
        <button type="button" className="button button-sm" onClick={() => void copy()}>
          {copied ? <CheckIcon size={14} /> : <CopyIcon size={14} />}
          {copied ? t('common.copied') : t('common.copy')}
        </button>
      </div>
    </Dialog>
  );
}
