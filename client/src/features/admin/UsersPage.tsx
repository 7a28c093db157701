import { useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useId, useState } from 'react';
import { PASSWORD_MIN_LENGTH, USER_ROLES, userRoleLabels, type UserRole } from '@shared/enums';
import { userCreateInput, userResetPasswordInput } from '@shared/schemas/users';
import { SelectField, TextField } from '../../components/form/Field';
import {
  ActionAlert,
  FormAlert,
  RequiredNote,
  saveChecked,
  StatusMessage,
  SubmitButton,
  useActionFeedback,
  useFormFeedback,
} from '../../components/form/FormFeedback';
import { useFormValues } from '../../components/form/useFormValues';
import { QueryState } from '../../components/QueryState';
import type { Me, UserAccount } from '../../lib/api-types';
import { validate } from '../../lib/form-errors';
import { useErrorText } from '../../lib/errors';
import { useAdminI18n } from './text';
import { useMe } from '../../lib/session';
import { trpc } from '../../lib/trpc';
import { AdminPage } from './AdminPage';

/** Sixteen random characters without look-alikes (0/O, 1/l), in groups: easy to dictate, hard to guess. */
function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

export function UsersPage() {
  const { t } = useAdminI18n();
  return (
    <AdminPage min="admin" title={t.admin.users.title} intro={t.admin.users.intro} wide>
      <UsersView />
    </AdminPage>
  );
}

function UsersView() {
  const { t } = useAdminI18n();
  const users = useQuery(trpc.users.list.queryOptions());
  const me = useMe().data;
  const [status, setStatus] = useState('');
  return (
    <>
      <StatusMessage message={status} />
      <h2>{t.admin.users.listTitle}</h2>
      <QueryState query={users}>
        {(list) =>
          list.length === 0 ? (
            <p className="state state-empty">{t.admin.users.empty}</p>
          ) : (
            <UsersTable users={list} me={me ?? null} onStatus={setStatus} />
          )
        }
      </QueryState>
      <CreateUserForm onCreated={setStatus} />
    </>
  );
}

function UsersTable({ users, me, onStatus }: { users: UserAccount[]; me: Me | null; onStatus: (s: string) => void }) {
  const { t, label, formatDate } = useAdminI18n();
  const u = t.admin.users;
  const update = useMutation(trpc.users.update.mutationOptions());
  const resetTwoFactor = useMutation(trpc.users.resetTwoFactor.mutationOptions());
  const { feedback, run } = useActionFeedback(onStatus);
  const [resetting, setResetting] = useState<number | null>(null);

  const toggle = async (user: UserAccount) => {
    if (update.isPending) return;
    const disabled = !user.disabledAt;
    await run(
      () => update.mutateAsync({ id: user.id, disabled }),
      disabled ? u.disabledStatus(user.email) : u.enabledStatus(user.email),
    );
  };

  const clearTwoFactor = async (user: UserAccount) => {
    if (resetTwoFactor.isPending || !window.confirm(u.resetTwoFactorConfirm(user.email))) return;
    await run(() => resetTwoFactor.mutateAsync({ id: user.id }), u.twoFactorReset(user.email));
  };

  return (
    <>
      <ActionAlert feedback={feedback} />
      <div className="table-wrap">
        <table className="table admin-table users-table">
          <caption className="visually-hidden">{u.caption(users.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{u.person}</th>
              <th scope="col">{u.role}</th>
              <th scope="col">{u.organization}</th>
              <th scope="col">{u.twoFactor}</th>
              <th scope="col">{u.lastLogin}</th>
              <th scope="col">{u.state}</th>
              <th scope="col">{u.actions}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <Fragment key={user.id}>
                <tr className={user.disabledAt ? 'is-disabled' : undefined}>
                  <th scope="row" data-label={u.person}>
                    {user.name}
                    <span className="muted small block break">{user.email}</span>
                  </th>
                  <td data-label={u.role}>{label(userRoleLabels, user.role)}</td>
                  <td data-label={u.organization}>{user.organizationShortName ?? '—'}</td>
                  <td data-label={u.twoFactor}>{user.totpEnabledAt ? u.yes : u.no}</td>
                  <td data-label={u.lastLogin}>
                    {user.lastLoginAt ? formatDate(user.lastLoginAt, { dateStyle: 'medium', timeStyle: 'short' }) : u.never}
                  </td>
                  <td data-label={u.state}>
                    <span className={`badge ${user.disabledAt ? 'badge-off' : 'badge-on'}`}>
                      {user.disabledAt ? u.disabled : u.active}
                    </span>
                  </td>
                  <td data-label={u.actions}>
                    <div className="table-actions">
                      {user.id !== me?.id && (
                        <button type="button" className="btn btn-outline" onClick={() => toggle(user)}>
                          {user.disabledAt ? u.enable : u.disable}
                          <span className="visually-hidden"> {user.email}</span>
                        </button>
                      )}
                      <button
                        type="button"
                        className="btn btn-outline"
                        aria-expanded={resetting === user.id}
                        onClick={() => setResetting((r) => (r === user.id ? null : user.id))}
                      >
                        {u.resetPassword}
                        <span className="visually-hidden"> {user.email}</span>
                      </button>
                      {user.totpEnabledAt && user.id !== me?.id && (
                        <button type="button" className="btn btn-outline" onClick={() => clearTwoFactor(user)}>
                          {u.resetTwoFactor}
                          <span className="visually-hidden"> {user.email}</span>
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
                {resetting === user.id && (
                  <tr className="inline-form-row">
                    <td colSpan={7}>
                      <ResetPasswordForm
                        user={user}
                        onDone={(message) => {
                          setResetting(null);
                          onStatus(message);
                        }}
                        onCancel={() => setResetting(null)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function PasswordField({
  value,
  onValue,
  error,
  label,
}: {
  value: string;
  onValue: (v: string) => void;
  error?: string;
  label: string;
}) {
  const { t } = useAdminI18n();
  const u = t.admin.users;
  return (
    <div className="password-generate">
      <TextField
        label={label}
        hint={u.passwordHint(PASSWORD_MIN_LENGTH)}
        type="text"
        value={value}
        onValue={onValue}
        error={error}
        autoComplete="new-password"
        autoCapitalize="none"
        spellCheck={false}
        className="field-mono"
        required
      />
      <button type="button" className="btn btn-outline" onClick={() => onValue(randomPassword())}>
        {u.generate}
      </button>
    </div>
  );
}

function ResetPasswordForm({
  user,
  onDone,
  onCancel,
}: {
  user: UserAccount;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useAdminI18n();
  const errorTexts = useErrorText();
  const u = t.admin.users;
  const feedback = useFormFeedback();
  const [password, setPassword] = useState('');
  const reset = useMutation(trpc.users.resetPassword.mutationOptions());
  const headingId = useId();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (reset.isPending) return;
    const checked = validate(userResetPasswordInput, { id: user.id, password }, errorTexts);
    if (!checked.ok) return feedback.invalid(checked.errors);
    feedback.reset();
    try {
      await reset.mutateAsync(checked.data);
      onDone(u.passwordReset(user.email));
    } catch (error) {
      feedback.failed(error);
    }
  };
  return (
    <form ref={feedback.formRef} className="form inline-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <p className="form-title" id={headingId}>
        {u.resetTitle(user.email)}
      </p>
      <p className="small">{u.resetText}</p>
      <PasswordField label={u.newPassword} value={password} onValue={(v) => { feedback.clear('password'); setPassword(v); }} error={feedback.errors.password} />
      <FormAlert feedback={feedback} />
      <div className="form-actions">
        <SubmitButton pending={reset.isPending}>{u.resetSubmit}</SubmitButton>
        <button type="button" className="btn btn-outline" onClick={onCancel}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}

function CreateUserForm({ onCreated }: { onCreated: (message: string) => void }) {
  const { t, options } = useAdminI18n();
  const errorTexts = useErrorText();
  const u = t.admin.users;
  const feedback = useFormFeedback();
  const partners = useQuery(trpc.partners.list.queryOptions());
  const empty = { email: '', name: '', role: 'editor' as UserRole, organizationSlug: '', password: '' };
  const { values, setValues, set } = useFormValues(feedback, () => empty);
  const create = useMutation(trpc.users.create.mutationOptions());

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const input = { ...values, organizationSlug: values.organizationSlug || null };
    const checked = validate(userCreateInput, input, errorTexts);
    await saveChecked(feedback, checked, (data) => create.mutateAsync(data), (_, data) => {
      setValues(empty);
      onCreated(u.created(data.email));
    });
  };

  const e = feedback.errors;
  return (
    <section className="card" aria-labelledby="new-user-title">
      <h2 className="h5" id="new-user-title">
        {u.newTitle}
      </h2>
      <p className="small">{u.newText}</p>
      <form ref={feedback.formRef} className="form" noValidate onSubmit={submit}>
        <RequiredNote />
        <div className="form-grid">
          <TextField label={u.email} type="email" value={values.email} onValue={set('email')} error={e.email} autoComplete="off" autoCapitalize="none" spellCheck={false} required />
          <TextField label={u.name} value={values.name} onValue={set('name')} error={e.name} autoComplete="off" required />
          <SelectField
            label={u.role}
            value={values.role}
            onValue={(v) => set('role')(v as UserRole)}
            error={e.role}
            options={options(USER_ROLES, userRoleLabels)}
            required
          />
          <SelectField
            label={u.organization}
            hint={u.organizationHint}
            value={values.organizationSlug}
            onValue={set('organizationSlug')}
            error={e.organizationSlug}
            placeholder={u.noOrganization}
            options={(partners.data ?? [])
              .map((p) => ({ value: p.slug, label: p.shortName }))
              .sort((x, y) => x.label.localeCompare(y.label, 'it'))}
            required={values.role === 'editor'}
          />
        </div>
        <PasswordField label={u.initialPassword} value={values.password} onValue={set('password')} error={e.password} />
        <FormAlert feedback={feedback} />
        <div className="form-actions">
          <SubmitButton pending={create.isPending}>{u.create}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
