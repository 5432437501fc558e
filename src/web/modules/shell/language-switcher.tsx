import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../shared/auth.ts';
import { LOCALE_NAMES, useLocale } from '../../i18n/index.ts';
import { CheckIcon, ChevronDownIcon, GlobeIcon } from '../../ui/icons.tsx';
import { useDismiss } from '../../ui/popover.ts';
import { useChangeLocale } from '../auth/use-auth-actions.ts';

/** Language menu for the top bar and the login page. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const locale = useLocale();
  const changeLocale = useChangeLocale();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);

  return (
    <div className="popover-anchor" ref={ref}>
      <button
        type="button"
        className="topbar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('shell.language')}
        onClick={() => setOpen((o) => !o)}
      >
        <GlobeIcon />
        <span>{LOCALE_NAMES[locale]}</span>
        <ChevronDownIcon size={14} />
      </button>
      {open && (
        <div className="popover popover-menu popover-right" role="menu" aria-label={t('shell.language')}>
          {LOCALES.map((option) => (
            <button
              key={option}
              type="button"
              role="menuitemradio"
              aria-checked={option === locale}
              lang={option}
              className="menu-item"
              onClick={() => {
                changeLocale(option);
                setOpen(false);
              }}
            >
              <span>{LOCALE_NAMES[option]}</span>
              {option === locale && <CheckIcon size={14} />}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
