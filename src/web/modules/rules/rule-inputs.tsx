import { useTranslation } from 'react-i18next';
import type { AccountFieldInfo } from '../../../shared/rules.ts';
import { Field } from '../../ui/field.tsx';
import { fieldLabel } from './rule-summary.ts';

type TextProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'number' | 'email' | 'date';
  required?: boolean;
  placeholder?: string;
};

/** One labelled input with the server's message for it underneath. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  required,
  placeholder,
}: TextProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(p) => (
        <input
          {...p}
          className="input"
          type={type}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

type SelectProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string | undefined;
  hint?: string;
  required?: boolean;
};

export function SelectField({ label, value, onChange, options, error, hint, required }: SelectProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(p) => (
        <select {...p} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

const CUSTOM = 'custom.';

/**
 * A field of the account registry, or a custom field typed by key (`custom.<key>`): the select offers the
 * registry and "Custom field…", which shows a key input.
 */
export function AccountFieldPicker({
  label,
  value,
  onChange,
  fields,
  error,
  settableOnly,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  fields: AccountFieldInfo[];
  error?: string | undefined;
  settableOnly?: boolean;
}) {
  const { t } = useTranslation();
  const shown = settableOnly ? fields.filter((f) => f.settable) : fields;
  const custom = value.startsWith(CUSTOM);
  const options = shown.map((f) => ({ value: f.name, label: fieldLabel(t, f.name) }));
  if (!custom && value && !shown.some((f) => f.name === value)) options.push({ value, label: value });
  if (!settableOnly) options.push({ value: CUSTOM, label: t('rules.fields.custom') });
  return (
    <>
      <SelectField
        label={label}
        value={custom ? CUSTOM : value}
        onChange={(v) => onChange(v)}
        options={options}
        error={custom ? undefined : error}
      />
      {custom && (
        <TextField
          label={t('rules.editor.customKey')}
          value={value.slice(CUSTOM.length)}
          onChange={(v) => onChange(`${CUSTOM}${v}`)}
          error={error}
          placeholder="region"
        />
      )}
    </>
  );
}
