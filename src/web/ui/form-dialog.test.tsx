import { useMutation } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../lib/api.ts';
import { renderWithQueryClient } from '../test/render.tsx';
import { FormDialog, useDraft } from './form-dialog.tsx';
import { InputField } from './form-fields.tsx';

type Sent = { name: string; email: string };

/** The server as the browser sees it: each request gets the next prepared response. */
function serverAnswers(...responses: Response[]) {
  const sent: unknown[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    sent.push(JSON.parse(String(init.body)));
    const response = responses.shift();
    if (!response) throw new Error('no response prepared');
    return response;
  });
  return sent;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function ContactForm({
  onClose = () => {},
  onSaved = () => {},
}: {
  onClose?: () => void;
  onSaved?: () => void;
}) {
  const save = useMutation({
    mutationFn: (input: Sent) => api.post('/contacts', input),
    meta: { toast: false },
  });
  const { draft, bind } = useDraft({ name: '', email: '' });
  return (
    <FormDialog
      title="New contact"
      submitLabel="Add contact"
      mutation={save}
      fields={['name', 'email']}
      canSubmit={draft.name.trim() !== ''}
      onSubmit={() => save.mutate(draft, { onSuccess: onSaved })}
      onClose={onClose}
    >
      {(errors) => (
        <>
          <InputField label="Name" required error={errors.name} value={draft.name} onChange={bind('name')} />
          <InputField label="Email" error={errors.email} value={draft.email} onChange={bind('email')} />
        </>
      )}
    </FormDialog>
  );
}

const invalid = (details: { path: string[]; message: string }[]) =>
  json(422, { error: { code: 'validation_failed', message: 'Check the fields', details } });

describe('FormDialog', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("puts each of the server's field errors under its field", async () => {
    serverAnswers(invalid([{ path: ['email'], message: 'Enter a valid email address' }]));
    const { user } = renderWithQueryClient(<ContactForm />);
    await user.type(screen.getByLabelText(/Name/), 'Ada');
    await user.type(screen.getByLabelText('Email'), 'ada@');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    const email = screen.getByLabelText('Email');
    expect(await screen.findByText('Enter a valid email address')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/Name/).getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows above the form what it cannot show next to a field', async () => {
    serverAnswers(
      invalid([{ path: ['account_id'], message: 'The account no longer exists' }]),
      json(409, { error: { code: 'conflict', message: 'A contact with this email exists' } }),
    );
    const { user } = renderWithQueryClient(<ContactForm />);
    await user.type(screen.getByLabelText(/Name/), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The account no longer exists');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(await screen.findByText('A contact with this email exists')).toBeTruthy();
  });

  it('sends the draft once, disables submit while pending, and reports success', async () => {
    let answer: (r: Response) => void = () => {};
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return new Promise<Response>((resolve) => {
        answer = resolve;
      });
    });
    const saved = vi.fn();
    const { user } = renderWithQueryClient(<ContactForm onSaved={saved} />);
    const submit = screen.getByRole('button', { name: 'Add contact' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    await user.type(screen.getByLabelText(/Name/), 'Ada');
    await user.click(submit);
    expect(submit.hasAttribute('disabled')).toBe(true);
    await user.type(screen.getByLabelText('Email'), '{Enter}');
    answer(json(201, { id: 'c1' }));
    await vi.waitFor(() => expect(saved).toHaveBeenCalledOnce());
    expect(sent).toEqual([{ name: 'Ada', email: '' }]);
  });

  it('closes on Cancel without sending', async () => {
    const sent = serverAnswers();
    const closed = vi.fn();
    const { user } = renderWithQueryClient(<ContactForm onClose={closed} />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(closed).toHaveBeenCalledOnce();
    expect(sent).toEqual([]);
  });
});
