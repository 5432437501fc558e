import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './field.tsx';

type CommonProps = {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  /** `span-2` makes the field take a whole row of a form grid. */
  wide?: boolean;
};

type InputFieldProps = CommonProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'required'> & { mono?: boolean };

/** A labelled text input with the server's message for it. */
export function InputField({ label, error, hint, required, wide, mono, ...input }: InputFieldProps) {
  const field = (
    <Field label={label} error={error} hint={hint} required={required}>
      {(p) => <input {...input} {...p} className={mono ? 'input mono' : 'input'} />}
    </Field>
  );
  return wide ? <div className="span-2">{field}</div> : field;
}

type SelectFieldProps<V extends string> = CommonProps & {
  value: V;
  options: readonly V[];
  /** The option's text, translated. */
  optionLabel: (value: V) => string;
  onChange: (value: V) => void;
  disabled?: boolean;
};

/** A labelled select over a fixed list of values. */
export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const field = (
    <Field label={props.label} error={props.error} hint={props.hint} required={props.required}>
      {(p) => (
        <select
          {...p}
          className="input"
          value={props.value}
          disabled={props.disabled}
          onChange={(e) => props.onChange(e.target.value as V)}
        >
          {props.options.map((option) => (
            <option key={option} value={option}>
              {props.optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return props.wide ? <div className="span-2">{field}</div> : field;
}
