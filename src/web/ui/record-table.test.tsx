import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithQueryClient } from '../test/render.tsx';
import { type RecordColumn, RecordTable } from './record-table.tsx';
import { RowDeleteButton } from './row-delete-button.tsx';

type Contact = { id: string; name: string; email: string };

const contacts: Contact[] = [
  { id: 'c1', name: 'Ada Lovelace', email: 'ada@example.com' },
  { id: 'c2', name: 'Grace Hopper', email: 'grace@example.com' },
];
const columns: RecordColumn<Contact>[] = [
  { id: 'name', header: 'Name', cell: (c) => c.name, className: 'strong' },
  { id: 'email', header: 'Email', cell: (c) => c.email },
];

function renderTable(props: Partial<Parameters<typeof RecordTable<Contact>>[0]> = {}) {
  return renderWithQueryClient(
    <RecordTable
      records={contacts}
      columns={columns}
      recordId={(c) => c.id}
      label="Contacts"
      empty={{ title: 'No contacts yet' }}
      {...props}
    />,
  );
}

describe('RecordTable', () => {
  it('names the table and labels every cell by its column', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Contacts' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Email']);
    const cell = within(table).getByRole('cell', { name: 'grace@example.com' });
    expect(cell.getAttribute('data-label')).toBe('Email');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('shows the empty message instead of an empty table', () => {
    renderTable({ records: [] });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('heading', { name: 'No contacts yet' })).toBeTruthy();
  });

  it('opens a row on click and from the keyboard', async () => {
    const opened: string[] = [];
    const { user } = renderTable({ onActivate: (c) => opened.push(c.id) });
    await user.click(screen.getByRole('cell', { name: 'Ada Lovelace' }));
    const graceRow = screen.getByRole('cell', { name: 'Grace Hopper' }).closest('tr') as HTMLElement;
    graceRow.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(opened).toEqual(['c1', 'c2', 'c2']);
  });

  it('reaches clickable rows with Tab and leaves plain rows out of the tab order', async () => {
    const { user, unmount } = renderTable({ onActivate: () => {} });
    await user.tab();
    expect(document.activeElement?.textContent).toContain('Ada Lovelace');
    unmount();
    renderTable();
    expect(document.querySelector('tbody tr[tabindex]')).toBeNull();
  });

  it('runs a row action without opening the row', async () => {
    const opened: string[] = [];
    const deleted: string[] = [];
    const { user } = renderTable({
      onActivate: (c) => opened.push(c.id),
      actions: (c) => <RowDeleteButton label={`Delete ${c.name}`} onClick={() => deleted.push(c.id)} />,
    });
    expect(screen.getByRole('columnheader', { name: 'Actions' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete Grace Hopper' }));
    screen.getByRole('button', { name: 'Delete Ada Lovelace' }).focus();
    await user.keyboard('{Enter}');
    expect(deleted).toEqual(['c2', 'c1']);
    expect(opened).toEqual([]);
  });

  it('adds the detail row under its record', () => {
    renderTable({
      detail: (c) =>
        c.id === 'c1' ? (
          <tr>
            <td>Ada's detail</td>
          </tr>
        ) : null,
    });
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual([
      'NameEmail',
      'Ada Lovelaceada@example.com',
      "Ada's detail",
      'Grace Hoppergrace@example.com',
    ]);
  });
});
