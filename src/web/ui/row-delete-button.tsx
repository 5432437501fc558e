import { TrashIcon } from './icons.tsx';

/** The trash button at the end of a table row; it never also opens the row. */
export function RowDeleteButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className="icon-button icon-button-danger"
      aria-label={label}
      onClick={(e) => {
        e.stopPropagation();
        onClick();
      }}
    >
      <TrashIcon size={14} />
    </button>
  );
}
