import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/accounts.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { PlusIcon, TrashIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { InlineField } from './inline-field.tsx';

type CustomValue = string | number | boolean | null;
type CustomMap = Record<string, CustomValue>;
type ValueType = 'string' | 'number' | 'boolean';

const KEY_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

function typeOf(value: unknown): ValueType {
  return typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
}

/** Text from the editor back to a value of the field's type; undefined when it does not parse. */
function parseValue(text: string, type: ValueType): CustomValue | undefined {
  if (type === 'boolean') return text === 'true';
  if (type === 'number') {
    const n = Number(text.trim());
    return text.trim() === '' || !Number.isFinite(n) ? undefined : n;
  }
  return text;
}

type CustomFieldsProps = {
  account: Account;
  onSave: (custom: CustomMap) => Promise<unknown>;
  readOnly: boolean;
};

/** The account's custom fields: flat snake_case keys with text, number or yes/no values. */
export function CustomFields({ account, onSave, readOnly }: CustomFieldsProps) {
  const { t } = useTranslation();
  const custom = account.custom as CustomMap;
  const entries = Object.entries(custom);
  const [adding, setAdding] = useState(false);

  const saveValue = (key: string, type: ValueType) => async (text: string) => {
    const value = parseValue(text, type);
    if (value === undefined) throw new Error(t('account.custom.notANumber'));
    return onSave({ ...custom, [key]: value });
  };
  const remove = (key: string) => {
    const { [key]: _removed, ...rest } = custom;
    onSave(rest).catch((err) => showToast(describeError(err)));
  };

  return (
    <section className="card card-span">
      <header className="card-header">
        <h2 className="card-title">{t('account.custom.title')}</h2>
        {!readOnly && !adding && (
          <button type="button" className="button button-sm" onClick={() => setAdding(true)}>
            <PlusIcon size={14} />
            {t('account.custom.add')}
          </button>
        )}
      </header>
      {entries.length === 0 && !adding && (
        <p className="card-empty">{t(readOnly ? 'account.custom.emptyReadOnly' : 'account.custom.empty')}</p>
      )}
      <div className="field-list">
        {entries.map(([key, value]) => (
          <CustomFieldRow
            key={key}
            fieldKey={key}
            value={value}
            onSave={saveValue(key, typeOf(value))}
            onRemove={() => remove(key)}
            readOnly={readOnly}
          />
        ))}
      </div>
      {adding && (
        <AddCustomField
          existing={custom}
          onCancel={() => setAdding(false)}
          onAdd={async (key, value) => {
            await onSave({ ...custom, [key]: value });
            setAdding(false);
          }}
        />
      )}
    </section>
  );
}

type CustomFieldRowProps = {
  fieldKey: string;
  value: CustomValue;
  onSave: (text: string) => Promise<unknown>;
  onRemove: () => void;
  readOnly: boolean;
};

/** One custom field: its value edited in place (yes/no as a select), its type, and a remove button. */
function CustomFieldRow({ fieldKey: key, value, onSave, onRemove, readOnly }: CustomFieldRowProps) {
  const { t } = useTranslation();
  const type = typeOf(value);
  const display =
    value === null || value === '' ? (
      <span className="muted">{t('common.notSet')}</span>
    ) : typeof value === 'boolean' ? (
      t(value ? 'common.yes' : 'common.no')
    ) : (
      String(value)
    );
  return (
    <div className="custom-row">
      <InlineField
        label={key}
        field="custom"
        initial={value === null ? '' : String(value)}
        display={display}
        editor={
          type === 'boolean'
            ? {
                options: [
                  { value: 'true', label: t('common.yes') },
                  { value: 'false', label: t('common.no') },
                ],
              }
            : type === 'number'
              ? 'number'
              : 'text'
        }
        onSave={onSave}
        readOnly={readOnly}
      />
      <span className="custom-type">{t(`account.custom.types.${type}`)}</span>
      {!readOnly && (
        <button
          type="button"
          className="icon-button"
          aria-label={t('account.custom.remove', { key })}
          title={t('account.custom.remove', { key })}
          onClick={onRemove}
        >
          <TrashIcon size={14} />
        </button>
      )}
    </div>
  );
}

type AddProps = {
  existing: CustomMap;
  onAdd: (key: string, value: CustomValue) => Promise<void>;
  onCancel: () => void;
};

function AddCustomField({ existing, onAdd, onCancel }: AddProps) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [type, setType] = useState<ValueType>('string');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!KEY_PATTERN.test(key)) return setError(t('account.custom.keyHint'));
    if (key in existing) return setError(t('account.custom.duplicate'));
    const value = parseValue(type === 'boolean' ? text || 'true' : text, type);
    if (value === undefined) return setError(t('account.custom.notANumber'));
    setPending(true);
    try {
      await onAdd(key, value);
    } catch (err) {
      setError(fieldErrors(err).custom ?? describeError(err));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="custom-add" onSubmit={submit} noValidate>
      <input
        className="input input-sm mono"
        placeholder={t('account.custom.keyPlaceholder')}
        aria-label={t('account.custom.key')}
        value={key}
        // biome-ignore lint/a11y/noAutofocus: opened to type the new field's key
        autoFocus
        onChange={(e) => setKey(e.target.value.toLowerCase().replace(/[\s-]+/g, '_'))}
      />
      <select
        className="input input-sm"
        aria-label={t('account.custom.type')}
        value={type}
        onChange={(e) => {
          setType(e.target.value as ValueType);
          setText('');
        }}
      >
        {(['string', 'number', 'boolean'] as const).map((v) => (
          <option key={v} value={v}>
            {t(`account.custom.types.${v}`)}
          </option>
        ))}
      </select>
      {type === 'boolean' ? (
        <select
          className="input input-sm"
          aria-label={t('account.custom.value')}
          value={text || 'true'}
          onChange={(e) => setText(e.target.value)}
        >
          <option value="true">{t('common.yes')}</option>
          <option value="false">{t('common.no')}</option>
        </select>
      ) : (
        <input
          className="input input-sm"
          inputMode={type === 'number' ? 'decimal' : undefined}
          placeholder={t('account.custom.value')}
          aria-label={t('account.custom.value')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      <button type="submit" className="button button-primary button-sm" disabled={pending || !key}>
        {t('common.add')}
      </button>
      <button type="button" className="button button-sm" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      {error && (
        <p className="field-error custom-add-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
