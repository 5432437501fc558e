import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { PencilIcon } from '../../ui/icons.tsx';
import type { Option } from '../../ui/multi-select.tsx';

export type EditorContext = {
  draft: string;
  setDraft: (value: string) => void;
  commit: (value?: string) => void;
  cancel: () => void;
};

type InlineFieldProps = {
  label: string;
  /** The API field, to pick this field's message out of a 422. */
  field: string;
  display: ReactNode;
  /** The editor's starting text. */
  initial: string;
  editor?: 'text' | 'date' | 'number' | { options: Option[] };
  renderEditor?: (ctx: EditorContext) => ReactNode;
  onSave: (draft: string) => Promise<unknown>;
  readOnly?: boolean;
  placeholder?: string;
};

/**
 * A value that turns into an input on click. Enter or leaving the field saves, Esc cancels.
 * The editor closes at once (the change shows optimistically) and reopens with the server's
 * message if the save is refused.
 */
export function InlineField(props: InlineFieldProps) {
  const {
    label,
    field,
    display,
    initial,
    editor = 'text',
    renderEditor,
    onSave,
    readOnly,
    placeholder,
  } = props;
  const { t } = useTranslation();
  const edit = useInlineEdit({ initial, field, onSave, readOnly });
  const { editing, error, start } = edit;

  return (
    <div className={`inline-field${error ? ' inline-field-invalid' : ''}`}>
      <div className="inline-field-label">{label}</div>
      <div className="inline-field-value">
        {editing ? (
          renderEditor ? (
            renderEditor(edit)
          ) : (
            <InlineControl
              edit={edit}
              label={label}
              field={field}
              editor={editor}
              placeholder={placeholder}
            />
          )
        ) : readOnly ? (
          <span className="inline-field-display inline-field-readonly">{display}</span>
        ) : (
          <button
            type="button"
            className="inline-field-display"
            onClick={start}
            title={t('common.clickToEdit')}
          >
            <span className="inline-field-text">{display}</span>
            <PencilIcon size={13} className="inline-field-pencil" />
          </button>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

type InlineEditOptions = Pick<InlineFieldProps, 'initial' | 'field' | 'onSave' | 'readOnly'>;

/** Editing state of one field: start, commit (optimistic, reopened with the message on refusal), cancel. */
function useInlineEdit({ initial, field, onSave, readOnly }: InlineEditOptions) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  const start = () => {
    if (readOnly) return;
    setDraft(initial);
    setError(null);
    setEditing(true);
  };
  const cancel = () => {
    setEditing(false);
    setError(null);
  };
  const commit = (value = draft) => {
    if (value === initial) return cancel();
    setEditing(false);
    setError(null);
    onSave(value).catch((err: unknown) => {
      setDraft(value);
      setError(fieldErrors(err)[field] ?? describeError(err));
      setEditing(true);
    });
  };
  return { editing, draft, setDraft, error, start, commit, cancel };
}

type InlineControlProps = Pick<InlineFieldProps, 'label' | 'field' | 'placeholder'> & {
  edit: ReturnType<typeof useInlineEdit>;
  editor: NonNullable<InlineFieldProps['editor']>;
};

/** The built-in editors: a select that saves on change, or a text, date or number input that saves on blur. */
function InlineControl({ edit, label, field, editor, placeholder }: InlineControlProps) {
  const { draft, setDraft, error, commit, cancel } = edit;
  const inputRef = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    }
  };
  const common = {
    ref: inputRef,
    id: `field-${field}`,
    className: 'input input-inline',
    'aria-invalid': Boolean(error),
    'aria-label': label,
    onKeyDown,
  };
  if (typeof editor === 'object') {
    return (
      <select {...common} value={draft} onChange={(e) => commit(e.target.value)} onBlur={() => cancel()}>
        {editor.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      {...common}
      type={editor === 'date' ? 'date' : 'text'}
      inputMode={editor === 'number' ? 'decimal' : undefined}
      value={draft}
      placeholder={placeholder}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => commit()}
    />
  );
}
