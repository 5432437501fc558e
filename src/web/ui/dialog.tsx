import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './icons.tsx';
import { showToast } from './toast.tsx';

type DialogProps = {
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
};

/** A modal on the native <dialog>: focus trapping, Esc and the top layer come from the browser. Mount to open. */
export function Dialog({ title, description, onClose, children, footer, size = 'md' }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="dialog-panel">
        <header className="dialog-header">
          <div>
            <h2 id={titleId}>{title}</h2>
            {description && <p className="dialog-description">{description}</p>}
          </div>
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <div className="dialog-body">{children}</div>
        {footer && <footer className="dialog-footer">{footer}</footer>}
      </div>
    </dialog>
  );
}

type ConfirmProps = {
  title: ReactNode;
  body: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before a destructive action; the confirm button is the danger colour. */
export function ConfirmDialog({ title, body, confirmLabel, pending, onConfirm, onClose }: ConfirmProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-danger" disabled={pending} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p className="confirm-body">{body}</p>
    </Dialog>
  );
}

interface DeleteMutation {
  isPending: boolean;
  mutate(id: string, options: { onSuccess: () => void }): void;
}

/** Confirms deleting one record, deletes it through `remove`, and says so in a toast. */
export function ConfirmDeleteDialog(props: {
  title: string;
  body: string;
  deletedMessage: string;
  remove: DeleteMutation;
  id: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={props.title}
      body={props.body}
      confirmLabel={t('common.delete')}
      pending={props.remove.isPending}
      onClose={props.onClose}
      onConfirm={() =>
        props.remove.mutate(props.id, {
          onSuccess: () => {
            showToast(props.deletedMessage, 'success');
            props.onClose();
          },
        })
      }
    />
  );
}
