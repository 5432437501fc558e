import { useTranslation } from 'react-i18next';
import type { MeasureSource } from '../../../shared/health.ts';
import { Field } from '../../ui/field.tsx';
import { NumberInput } from './number-input.tsx';
import { type Issues, issueAt } from './scorecard-draft.ts';

type Props<S extends MeasureSource = MeasureSource> = {
  source: S;
  /** Issue path of the source, "measures.<i>.source". */
  prefix: string;
  issues: Issues;
  onChange: (s: MeasureSource) => void;
};
type Of<T extends MeasureSource['type']> = Props<Extract<MeasureSource, { type: T }>>;

/** The parameters the measure's source type reads (event, window, metric, status, field). */
export function SourceParams(props: Props) {
  const { t } = useTranslation();
  const { source } = props;
  switch (source.type) {
    case 'usage_events':
      return <UsageEventsParams {...props} source={source} />;
    case 'usage_trend':
      return <UsageTrendParams {...props} source={source} />;
    case 'support_tickets':
      return <TicketParams {...props} source={source} />;
    case 'custom_field':
      return <CustomFieldParams {...props} source={source} />;
    case 'days_to_renewal':
    case 'csm_sentiment':
      return <p className="field-hint span-2">{t(`health.editor.sourceHints.${source.type}`)}</p>;
    default:
      return (
        <>
          <DaysParam {...props} />
          <p className="field-hint source-hint">{t(`health.editor.sourceHints.${source.type}`)}</p>
        </>
      );
  }
}

/** The window in days, for the sources that have one. */
function DaysParam({ source, prefix, issues, onChange }: Props) {
  const { t } = useTranslation();
  if (!('days' in source)) return null;
  return (
    <Field label={t('health.editor.days')} error={issueAt(issues, `${prefix}.days`)}>
      {(p) => (
        <NumberInput
          {...p}
          value={source.days}
          onChange={(v) => onChange({ ...source, days: v ?? Number.NaN } as MeasureSource)}
        />
      )}
    </Field>
  );
}

function UsageEventsParams(props: Of<'usage_events'>) {
  const { t } = useTranslation();
  const { source, prefix, issues, onChange } = props;
  return (
    <>
      <div className="span-2">
        <Field
          label={t('health.editor.event')}
          error={issueAt(issues, `${prefix}.event`)}
          hint={t('health.editor.eventHint')}
        >
          {(p) => (
            <input
              {...p}
              className="input input-sm mono"
              value={source.event ?? ''}
              onChange={(e) => onChange({ ...source, event: e.target.value.trim() ? e.target.value : null })}
            />
          )}
        </Field>
      </div>
      <DaysParam {...props} />
    </>
  );
}

function UsageTrendParams(props: Of<'usage_trend'>) {
  const { t } = useTranslation();
  const { source, prefix, issues, onChange } = props;
  return (
    <>
      <Field label={t('health.editor.metric')} error={issueAt(issues, `${prefix}.metric`)}>
        {(p) => (
          <select
            {...p}
            className="input input-sm"
            value={source.metric}
            onChange={(e) => onChange({ ...source, metric: e.target.value as 'events' | 'active_users' })}
          >
            <option value="events">{t('health.editor.metrics.events')}</option>
            <option value="active_users">{t('health.editor.metrics.active_users')}</option>
          </select>
        )}
      </Field>
      <DaysParam {...props} />
    </>
  );
}

function TicketParams({ source, prefix, issues, onChange }: Of<'support_tickets'>) {
  const { t } = useTranslation();
  return (
    <div className="span-2">
      <Field label={t('health.editor.ticketStatus')} error={issueAt(issues, `${prefix}.status`)}>
        {(p) => (
          <select
            {...p}
            className="input input-sm"
            value={source.status}
            onChange={(e) => onChange({ ...source, status: e.target.value as 'open' | 'escalated' })}
          >
            <option value="open">{t('health.editor.ticketOpen')}</option>
            <option value="escalated">{t('health.editor.ticketEscalated')}</option>
          </select>
        )}
      </Field>
    </div>
  );
}

function CustomFieldParams({ source, prefix, issues, onChange }: Of<'custom_field'>) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('health.editor.field')} error={issueAt(issues, `${prefix}.field`)}>
        {(p) => (
          <input
            {...p}
            className="input input-sm mono"
            value={source.field}
            onChange={(e) => onChange({ ...source, field: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('health.editor.fieldKind')} error={issueAt(issues, `${prefix}.kind`)}>
        {(p) => (
          <select
            {...p}
            className="input input-sm"
            value={source.kind}
            onChange={(e) => onChange({ ...source, kind: e.target.value as 'number' | 'choice' })}
          >
            <option value="number">{t('health.editor.kindNumber')}</option>
            <option value="choice">{t('health.editor.kindChoice')}</option>
          </select>
        )}
      </Field>
    </>
  );
}
