import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../lib/api.ts';
import { describeError } from '../lib/errors.ts';
import { Dialog } from './dialog.tsx';

/** What FormDialog reads from a TanStack mutation. */
export interface MutationLike {
  isPending: boolean;
  error: unknown;
}

export type FieldErrors = Record<string, string | undefined>;

type FormDialogProps = {
  title: ReactNode;
  description?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  submitLabel: string;
  /** The mutation the form submits: its pending state disables submit, its error fills the fields. */
  mutation: MutationLike;
  /** False while the form is not complete enough to send. */
  canSubmit?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  /** The fields the form shows, by the server's path name: problems with any other path are shown above the form. */
  fields: readonly string[];
  /** `grid` lays fields out two to a row (a `span-2` child takes a whole row). */
  layout?: 'grid' | 'stack';
  /** Buttons before Cancel, e.g. a "Test" button. */
  extraActions?: ReactNode;
  children: (errors: FieldErrors) => ReactNode;
};

/** Messages the form cannot show next to a field: a failure without details, or details about other fields. */
export function generalErrors(error: unknown, fields: readonly string[]): string[] {
  if (!error) return [];
  const byField = fieldErrors(error);
  const keys = Object.keys(byField);
  if (keys.length === 0 || !(error instanceof ApiError)) return [describeError(error)];
  const stray = keys.filter((key) => !fields.includes(key)).map((key) => byField[key] ?? '');
  return stray;
}

/** A dialog around one form: title, fields, Cancel and submit, the pending state, the server's errors per field. */
export function FormDialog(props: FormDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const { mutation, fields, canSubmit = true } = props;
  const errors = fieldErrors(mutation.error);
  const general = generalErrors(mutation.error, fields);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (canSubmit && !mutation.isPending) props.onSubmit();
  };
  return (
    <Dialog
      title={props.title}
      description={props.description}
      size={props.size}
      onClose={props.onClose}
      footer={
        <>
          {props.extraActions}
          <button type="button" className="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className="button button-primary"
            disabled={mutation.isPending || !canSubmit}
            aria-busy={mutation.isPending}
          >
            {props.submitLabel}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className={props.layout === 'stack' ? 'form' : 'form form-grid'}
        onSubmit={submit}
        noValidate
      >
        {general.length > 0 && (
          <div className="form-error span-2" role="alert">
            {general.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        {props.children(errors)}
      </form>
    </Dialog>
  );
}

/** A form's draft: its values, and `bind(key)` for an input's onChange that sets that value. */
export function useDraft<D extends Record<string, unknown>>(initial: D | (() => D)) {
  const [draft, setDraft] = useState(initial);
  const bind = (key: keyof D) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const patch = (change: Partial<D>) => setDraft((d) => ({ ...d, ...change }));
  return { draft, setDraft, bind, patch };
}
