import { useTranslation } from 'react-i18next';
import type { MeasureScoring } from '../../../shared/health.ts';
import { PlusIcon, TrashIcon } from '../../ui/icons.tsx';
import { NumberInput } from './number-input.tsx';
import { type Issues, issueAt, replaceAt, scoringOfKind, withExtraBand } from './scorecard-draft.ts';

type Scale<K extends MeasureScoring['kind']> = Extract<MeasureScoring, { kind: K }>;
type Props = {
  scoring: MeasureScoring;
  /** The source gives a choice (sentiment, a choice field): only choice scoring fits. */
  choice: boolean;
  /** Issue path of the scoring, "measures.<i>.scoring". */
  prefix: string;
  issues: Issues;
  onChange: (s: MeasureScoring) => void;
};

/** How a measure's raw value becomes 0-100: a linear range, bands, or a score per choice. */
export function ScoringEditor({ scoring, choice, prefix, issues, onChange }: Props) {
  const { t } = useTranslation();
  const at = (p: string) => issueAt(issues, p ? `${prefix}.${p}` : prefix);
  const kinds = choice ? (['choice'] as const) : (['linear', 'bands'] as const);
  const general = at('') ?? at('kind') ?? at('choices') ?? at('bands');
  return (
    <div className="scoring-editor">
      <div className="measure-head">
        <span className="field-label">{t('health.editor.scoring')}</span>
        <div className="segmented">
          {kinds.map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={scoring.kind === k}
              className={`segmented-option${scoring.kind === k ? ' segmented-option-active' : ''}`}
              onClick={() => k !== scoring.kind && k !== 'choice' && onChange(scoringOfKind(k))}
            >
              {t(`health.editor.scoringKinds.${k}`)}
            </button>
          ))}
        </div>
      </div>
      {scoring.kind === 'linear' && <LinearScale scoring={scoring} onChange={onChange} />}
      {scoring.kind === 'bands' && <BandsScale scoring={scoring} at={at} onChange={onChange} />}
      {scoring.kind === 'choice' && <ChoiceScale scoring={scoring} onChange={onChange} />}
      {general && <p className="field-error">{general}</p>}
    </div>
  );
}

function LinearScale({
  scoring,
  onChange,
}: {
  scoring: Scale<'linear'>;
  onChange: (s: MeasureScoring) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="band-row">
      {t('health.editor.linearFrom')}
      <NumberInput
        value={scoring.from}
        aria-label={t('health.editor.linearFrom')}
        onChange={(v) => onChange({ ...scoring, from: v ?? Number.NaN })}
      />
      {t('health.editor.linearTo')}
      <NumberInput
        value={scoring.to}
        aria-label={t('health.editor.linearTo')}
        onChange={(v) => onChange({ ...scoring, to: v ?? Number.NaN })}
      />
      <span className="field-hint">{t('health.editor.linearHint')}</span>
    </div>
  );
}

function BandsScale({
  scoring,
  at,
  onChange,
}: {
  scoring: Scale<'bands'>;
  at: (p: string) => string | undefined;
  onChange: (s: MeasureScoring) => void;
}) {
  const { t } = useTranslation();
  const setBands = (bands: Scale<'bands'>['bands']) => onChange({ ...scoring, bands });
  return (
    <div className="band-rows">
      {scoring.bands.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: bands are positional
        <div key={i}>
          <div className="band-row">
            {t('health.editor.bandFrom')}
            <NumberInput
              nullable
              value={b.min}
              placeholder="−∞"
              aria-label={t('health.editor.bandFrom')}
              onChange={(v) => setBands(replaceAt(scoring.bands, i, { ...b, min: v }))}
            />
            {t('health.editor.bandTo')}
            <NumberInput
              nullable
              value={b.max}
              placeholder="∞"
              aria-label={t('health.editor.bandTo')}
              onChange={(v) => setBands(replaceAt(scoring.bands, i, { ...b, max: v }))}
            />
            {t('health.editor.bandScores')}
            <NumberInput
              value={b.score}
              aria-label={t('health.editor.bandScores')}
              onChange={(v) => setBands(replaceAt(scoring.bands, i, { ...b, score: v ?? Number.NaN }))}
            />
            <RemoveRowButton
              disabled={scoring.bands.length === 1}
              onClick={() => setBands(replaceAt(scoring.bands, i, null))}
            />
          </div>
          <BandError message={at(`bands.${i}`) ?? at(`bands.${i}.min`) ?? at(`bands.${i}.max`)} />
        </div>
      ))}
      <button
        type="button"
        className="button button-sm button-ghost"
        onClick={() => setBands(withExtraBand(scoring.bands))}
      >
        <PlusIcon size={13} />
        {t('health.editor.addBand')}
      </button>
      <p className="field-hint">{t('health.editor.bandsHint')}</p>
    </div>
  );
}

const BandError = ({ message }: { message: string | undefined }) =>
  message ? <p className="field-error">{message}</p> : null;

function RemoveRowButton({ disabled, onClick }: { disabled: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={t('health.editor.removeBand')}
      disabled={disabled}
      onClick={onClick}
    >
      <TrashIcon size={13} />
    </button>
  );
}

function ChoiceScale({
  scoring,
  onChange,
}: {
  scoring: Scale<'choice'>;
  onChange: (s: MeasureScoring) => void;
}) {
  const { t } = useTranslation();
  const setChoices = (choices: Scale<'choice'>['choices']) => onChange({ ...scoring, choices });
  return (
    <div className="band-rows">
      {scoring.choices.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: choices are positional
        <div key={i} className="band-row">
          {t('health.editor.choiceValue')}
          <input
            className="input input-sm"
            value={c.value}
            aria-label={t('health.editor.choiceValue')}
            onChange={(e) => setChoices(replaceAt(scoring.choices, i, { ...c, value: e.target.value }))}
          />
          {t('health.editor.bandScores')}
          <NumberInput
            value={c.score}
            aria-label={t('health.editor.bandScores')}
            onChange={(v) => setChoices(replaceAt(scoring.choices, i, { ...c, score: v ?? Number.NaN }))}
          />
          <RemoveRowButton
            disabled={scoring.choices.length === 1}
            onClick={() => setChoices(replaceAt(scoring.choices, i, null))}
          />
        </div>
      ))}
      <button
        type="button"
        className="button button-sm button-ghost"
        onClick={() => setChoices([...scoring.choices, { value: '', score: 0 }])}
      >
        <PlusIcon size={13} />
        {t('health.editor.addChoice')}
      </button>
    </div>
  );
}
