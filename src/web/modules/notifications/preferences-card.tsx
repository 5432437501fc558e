import { useTranslation } from 'react-i18next';
import { NOTIFICATION_KINDS } from '../../../shared/notifications.ts';
import { describeError } from '../../lib/errors.ts';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { showToast } from '../../ui/toast.tsx';
import { usePreferences, useSavePreferences } from './notifications-api.ts';
import '../rules/rules.css';

/** My notification preferences, on the profile page: each kind of email on or off, saved at once. */
export function PreferencesCard() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const save = useSavePreferences();
  return (
    <div className="card">
      <h3 className="card-title">{t('notifications.preferences.title')}</h3>
      <p className="card-description">{t('notifications.preferences.description')}</p>
      {prefs.isPending ? (
        <Skeleton rows={2} />
      ) : prefs.isError ? (
        <ErrorState
          message={describeError(prefs.error)}
          onRetry={() => void prefs.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : (
        <div className="form-narrow">
          {NOTIFICATION_KINDS.map((kind) => (
            <label key={kind} className="checkbox-row">
              <input
                type="checkbox"
                role="switch"
                className="switch"
                checked={prefs.data[kind]}
                aria-checked={prefs.data[kind]}
                disabled={save.isPending}
                onChange={(e) =>
                  save.mutate(
                    { [kind]: e.target.checked },
                    { onSuccess: () => showToast(t('notifications.preferences.saved'), 'success') },
                  )
                }
              />
              <span>{t(`notifications.preferences.${kind}`)}</span>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
