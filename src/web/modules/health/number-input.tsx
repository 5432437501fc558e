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
    // Keep what is typed while it still reads as the value (an emptied field reads as NaN unless nullable:
    // it must stay empty, not turn into "NaN"); otherwise show the value set from outside.
    setText((cur) => {
      const parsed = cur.trim() === '' ? (nullable ? null : Number.NaN) : Number(cur);
      const same = parsed === value || (Number.isNaN(parsed) && value !== null && Number.isNaN(value));
      return same ? cur : value === null || Number.isNaN(value) ? '' : String(value);
    });
  }, [value, nullable]);
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
