import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettings } from '../../../shared/people.ts';
import { ApiError, type FieldIssue } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { toMajorUnits, toMinorUnits } from '../../lib/format.ts';
import { showToast } from '../../ui/toast.tsx';
import { useSaveTeamSettings } from './people-api.ts';

export const MODELS = ['dedicated', 'pooled', 'tech_touch'] as const;
export type CoverageModel = (typeof MODELS)[number];
export type ExitReason = TeamSettings['exit_reasons'][number];
/** A reason row; `saved` fixes its key, which members' exits store. */
export type ReasonRow = ExitReason & { saved: boolean };

/** The server's messages keyed by the whole path (exit_reasons.2.key), so each input shows its own. */
export function issuesByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.details as FieldIssue[]) {
    const key = (issue.path ?? []).join('.');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** A new reason's key from its label: what members' exits store, so it is fixed once saved. */
export const keyOf = (label: string) =>
  label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'r_$1')
    .slice(0, 63);

const savedRows = (reasons: ExitReason[]): ReasonRow[] => reasons.map((r) => ({ ...r, saved: true }));

/** The settings form's values, per-input errors (the server's and the form's own) and its submit. */
export function useTeamSettingsForm(initial: TeamSettings) {
  const { t } = useTranslation();
  const save = useSaveTeamSettings();
  const [capacity, setCapacity] = useState(
    Object.fromEntries(MODELS.map((m) => [m, String(initial.capacity[m].max_accounts)])) as Record<
      CoverageModel,
      string
    >,
  );
  const [currency, setCurrency] = useState(initial.currency);
  const [threshold, setThreshold] = useState(toMajorUnits(initial.low_value_arr, initial.currency));
  const [reasons, setReasons] = useState<ReasonRow[]>(savedRows(initial.exit_reasons));
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...issuesByPath(save.error), ...local };
  const setReason = (i: number, change: Partial<ExitReason>) =>
    setReasons((rs) =>
      rs.map((r, j) =>
        j === i ? { ...r, ...change, ...(r.saved ? {} : { key: keyOf(change.label ?? r.label) }) } : r,
      ),
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const lowValue = toMinorUnits(threshold, /^[A-Z]{3}$/.test(currency) ? currency : 'USD');
    if (lowValue === null) {
      setLocal({ low_value_arr: t('people.settings.notANumber') });
      return;
    }
    setLocal({});
    const body: TeamSettings = {
      exit_reasons: reasons.map(({ saved: _, ...r }) => r),
      capacity: {
        dedicated: { max_accounts: Number(capacity.dedicated) },
        pooled: { max_accounts: Number(capacity.pooled) },
        tech_touch: { max_accounts: Number(capacity.tech_touch) },
      },
      low_value_arr: lowValue,
      currency: currency.trim().toUpperCase(),
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        setReasons(savedRows(saved.exit_reasons));
        showToast(t('people.settings.saved'), 'success');
      },
      onError: (err) => Object.keys(issuesByPath(err)).length === 0 && showToast(describeError(err)),
    });
  };
  return {
    ...{ capacity, setCapacity, currency, setCurrency, threshold, setThreshold },
    ...{ reasons, setReasons, setReason, errors, submit, saving: save.isPending },
  };
}
