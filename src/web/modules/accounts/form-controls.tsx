import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/auth.ts';

/** Common ISO 4217 codes offered as suggestions; any three-letter code is accepted. */
export const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'KRW',
  'CNY',
  'RUB',
  'CAD',
  'AUD',
  'CHF',
  'INR',
  'BRL',
  'SEK',
  'SGD',
];

export function CurrencyOptions({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {COMMON_CURRENCIES.map((c) => (
        <option key={c} value={c} />
      ))}
    </datalist>
  );
}

type ControlProps = { id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };

/** Active users to pick an owner or team member from; `empty` adds a "nobody" choice. */
export function UserSelect(
  props: ControlProps & {
    users: User[];
    value: string;
    onChange: (id: string) => void;
    empty?: string;
    autoFocus?: boolean;
    onBlur?: () => void;
    onKeyDown?: (e: React.KeyboardEvent<HTMLSelectElement>) => void;
  },
) {
  const { t } = useTranslation();
  const { users, value, onChange, empty, ...rest } = props;
  const choices = users.filter((u) => u.active || u.id === value);
  return (
    <select {...rest} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
      {empty !== undefined ? (
        <option value="">{empty}</option>
      ) : (
        !value && <option value="">{t('common.choose')}</option>
      )}
      {choices.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
        </option>
      ))}
    </select>
  );
}
