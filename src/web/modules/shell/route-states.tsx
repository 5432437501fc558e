import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.ts';
import { EmptyState, Spinner } from '../../ui/feedback.tsx';
import { AlertIcon } from '../../ui/icons.tsx';

export function RoutePending() {
  const { t } = useTranslation();
  return (
    <div className="route-pending">
      <Spinner label={t('common.loading')} />
    </div>
  );
}

export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="route-error">
      <EmptyState
        icon={<AlertIcon size={22} />}
        title={t('errors.pageFailed')}
        body={describeError(error)}
        action={
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </button>
        }
      />
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="route-error">
      <EmptyState
        title={t('errors.notFoundTitle')}
        body={t('errors.notFoundBody')}
        action={
          <Link to="/accounts" className="button">
            {t('errors.backToAccounts')}
          </Link>
        }
      />
    </div>
  );
}
