import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useUsers } from '../users/users-api.ts';
import { useCreateMember, useLadder, useMembers } from './people-api.ts';

/** Adds someone already on the team (hires made in Tend arrive through their requisition). */
export function AddMemberDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ladder = useLadder().data?.data ?? [];
  const members = useMembers('current').data?.data ?? [];
  const users = useUsers().data ?? [];
  const create = useCreateMember();
  const [name, setName] = useState('');
  const [levelId, setLevelId] = useState('');
  const [start, setStart] = useState(new Date().toISOString().slice(0, 10));
  const [userId, setUserId] = useState('');
  const [managerId, setManagerId] = useState('');
  const [location, setLocation] = useState('');
  const errors = fieldErrors(create.error);
  const level = ladder.find((l) => l.id === levelId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!level) return;
    create.mutate(
      {
        name,
        title: level.title,
        track: level.track,
        level: level.level,
        start_date: start,
        user_id: userId || null,
        manager_id: managerId || null,
        location: location.trim() || null,
      },
      {
        onSuccess: () => {
          showToast(t('people.roster.added', { name }), 'success');
          onClose();
        },
        onError: (err) => Object.keys(fieldErrors(err)).length === 0 && showToast(describeError(err)),
      },
    );
  };
  return (
    <Dialog
      title={t('people.roster.add')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="add-member"
            className="button button-primary"
            disabled={!name.trim() || !level || create.isPending}
          >
            {t('people.roster.add')}
          </button>
        </>
      }
    >
      <form id="add-member" className="form" onSubmit={submit}>
        <Field label={t('people.roster.name')} error={errors.name} required>
          {(p) => <input {...p} className="input" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('people.roster.titleColumn')} error={errors.title ?? errors.level} required>
          {(p) => (
            <select {...p} className="input" value={levelId} onChange={(e) => setLevelId(e.target.value)}>
              <option value="">{t('common.choose')}</option>
              {ladder.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title} · {t('people.levelShort', { level: l.level })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('people.member.startDate')} error={errors.start_date} required>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={start}
              onChange={(e) => setStart(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('people.roster.login')} error={errors.user_id} hint={t('people.roster.loginHint')}>
          {(p) => (
            <select {...p} className="input" value={userId} onChange={(e) => setUserId(e.target.value)}>
              <option value="">{t('common.notSet')}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} · {u.email}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('people.roster.manager')} error={errors.manager_id}>
          {(p) => (
            <select {...p} className="input" value={managerId} onChange={(e) => setManagerId(e.target.value)}>
              <option value="">{t('common.notSet')}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('people.roster.location')} error={errors.location}>
          {(p) => (
            <input {...p} className="input" value={location} onChange={(e) => setLocation(e.target.value)} />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
