import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon, PlusIcon } from '../../ui/icons.tsx';

// The server takes at most 50 key features of up to 200 characters.
const MAX_FEATURES = 50;
const MAX_LENGTH = 200;

/** The event names that count as key features: chips to remove, a box to add one. */
export function KeyFeaturesEditor({
  features,
  onChange,
}: {
  features: string[];
  onChange: (features: string[]) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const name = draft.trim();
  const duplicate = features.includes(name);

  const add = () => {
    if (!name || duplicate || features.length >= MAX_FEATURES) return;
    onChange([...features, name]);
    setDraft('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the feature instead of submitting the whole form.
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };

  return (
    <>
      {features.length === 0 ? (
        <p className="card-empty">{t('usage.settings.noFeatures')}</p>
      ) : (
        <ul className="feature-chips">
          {features.map((feature) => (
            <li key={feature} className="feature-chip">
              {feature}
              <button
                type="button"
                className="icon-button"
                aria-label={t('usage.settings.removeFeature', { event: feature })}
                onClick={() => onChange(features.filter((f) => f !== feature))}
              >
                <CloseIcon size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="feature-add">
        <input
          className="input input-sm"
          value={draft}
          maxLength={MAX_LENGTH}
          placeholder={t('usage.settings.keyFeaturePlaceholder')}
          aria-label={t('usage.settings.keyFeatures')}
          aria-invalid={duplicate && name !== ''}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="button button-sm"
          disabled={!name || duplicate || features.length >= MAX_FEATURES}
          onClick={add}
        >
          <PlusIcon size={14} />
          {t('usage.settings.addFeature')}
        </button>
      </div>
      {duplicate && name !== '' && <p className="field-error">{t('usage.settings.duplicateFeature')}</p>}
    </>
  );
}
