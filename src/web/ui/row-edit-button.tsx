import { useTranslation } from 'react-i18next';
import { PencilIcon } from './icons.tsx';

/** The pencil button at the end of a table row, beside RowDeleteButton; it never also opens the row. */
export function RowEditButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={t('common.edit')}
      onClick={(e) => {
        e.stopPropagation();
        onClick();
      }}
    >
      <PencilIcon size={14} />
    </button>
  );
}
