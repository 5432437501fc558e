import { useEffect, useState } from 'react';

/** A number input that lets a person type freely ("", "-", "1.") and reports NaN until it reads as a number. */
export function NumberInput({
  value,
  onChange,
  nullable,
  ...rest
}: {
  value: number | null;
  onChange: (v: number | null) => void;
  nullable?: boolean;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const [text, setText] = useState(value === null || Number.isNaN(value) ? '' : String(value));
  useEffect(() => {
    setText((cur) => {
      const parsed = cur.trim() === '' ? null : Number(cur);
      return parsed === value || (Number.isNaN(parsed) && Number.isNaN(value))
        ? cur
        : value === null
          ? ''
          : String(value);
    });
  }, [value]);
  return (
    <input
      {...rest}
      className={`input input-sm ${rest.className ?? ''}`}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const raw = e.target.value.trim();
        onChange(raw === '' ? (nullable ? null : Number.NaN) : Number(raw));
      }}
    />
  );
}
