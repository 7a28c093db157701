import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { PASSWORD_MIN_LENGTH } from '@shared/enums';
import { changePasswordInput } from '@shared/schemas/auth';
import { TextField } from '../../components/form/Field';
import { FormAlert, RequiredNote, StatusMessage, SubmitButton, useFormFeedback } from '../../components/form/FormFeedback';
import { validate } from '../../lib/form-errors';
import { useErrorText } from '../../lib/errors';
import { useAccountI18n } from './text';
import { trpc } from '../../lib/trpc';

export function ChangePasswordSection() {
  const { t } = useAccountI18n();
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [status, setStatus] = useState('');
  const change = useMutation(trpc.auth.changePassword.mutationOptions());

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    setStatus('');
    const checked = validate(changePasswordInput, { currentPassword, newPassword }, errorTexts);
    const errors = checked.ok ? {} : checked.errors;
    if (!errors.newPassword && repeat !== newPassword) errors.repeat = t.account.passwordsDiffer;
    if (!checked.ok || errors.repeat) return feedback.invalid(errors);
    feedback.reset();
    try {
      await change.mutateAsync(checked.data);
      setCurrent('');
      setNew('');
      setRepeat('');
      setStatus(t.account.passwordChanged);
    } catch (error) {
      feedback.failed(error);
    }
  };

  return (
    <section className="card account-section" aria-labelledby="password-title">
      <h2 className="h5" id="password-title">
        {t.account.changePassword}
      </h2>
      <form ref={feedback.formRef} className="form" noValidate onSubmit={submit}>
        <RequiredNote />
        <TextField
          label={t.account.currentPassword}
          type="password"
          value={currentPassword}
          onValue={(v) => {
            feedback.clear('currentPassword');
            setCurrent(v);
          }}
          error={feedback.errors.currentPassword}
          autoComplete="current-password"
          required
        />
        <TextField
          label={t.account.newPassword}
          hint={t.account.newPasswordHint(PASSWORD_MIN_LENGTH)}
          type="password"
          value={newPassword}
          onValue={(v) => {
            feedback.clear('newPassword');
            setNew(v);
          }}
          error={feedback.errors.newPassword}
          autoComplete="new-password"
          required
        />
        <TextField
          label={t.account.repeatPassword}
          type="password"
          value={repeat}
          onValue={(v) => {
            feedback.clear('repeat');
            setRepeat(v);
          }}
          error={feedback.errors.repeat}
          autoComplete="new-password"
          required
        />
        <FormAlert feedback={feedback} />
        <div className="form-actions">
          <SubmitButton pending={change.isPending}>{t.account.changePasswordSubmit}</SubmitButton>
        </div>
        <StatusMessage message={status} />
      </form>
    </section>
  );
}
