import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { loginInput } from '@shared/schemas/auth';
import { errorInfo, validate } from '../../lib/form-errors';
import { useErrorText } from '../../lib/errors';
import { useReservedI18n } from '../../lib/i18n/reserved';
import { queryClient, trpc } from '../../lib/trpc';
import { TextField } from '../form/Field';
import { FormAlert, SubmitButton, useFormFeedback } from '../form/FormFeedback';

/**
 * Signing in again over the page, as the same account, with the second factor when the account has
 * one. The page underneath keeps everything typed; on success the save that was refused is repeated.
 */
export default function ReauthDialog({ email: knownEmail, onDone }: { email: string | null; onDone: (signedIn: boolean) => void }) {
  const { t } = useReservedI18n();
  const r = t.reauth;
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const [email, setEmail] = useState(knownEmail ?? '');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [codeStep, setCodeStep] = useState(false);
  const login = useMutation(trpc.auth.login.mutationOptions());
  const firstRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  useEffect(() => (codeStep ? codeRef : firstRef).current?.focus(), [codeStep]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (login.isPending) return;
    const checked = validate(loginInput, { email, password, ...(codeStep ? { code } : {}) }, errorTexts);
    if (!checked.ok) return feedback.invalid(checked.errors);
    feedback.reset();
    try {
      const result = await login.mutateAsync(checked.data);
      if (result.status === 'code_required') {
        setCodeStep(true);
        return;
      }
      await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      onDone(true);
    } catch (error) {
      if (codeStep && errorInfo(error).error?.code === 'WRONG_CREDENTIALS') feedback.invalid({ code: errorTexts.WRONG_CREDENTIALS as string });
      else feedback.failed(error);
    }
  };

  return (
    <div className="leave-guard" role="dialog" aria-modal="true" aria-labelledby="reauth-title" onKeyDown={(e) => e.key === 'Escape' && onDone(false)}>
      <div className="leave-guard-box">
        <h2 id="reauth-title" className="h4">
          {r.title}
        </h2>
        <p>{r.text}</p>
        <form ref={feedback.formRef} className="form" noValidate onSubmit={submit}>
          {codeStep ? (
            <TextField
              ref={codeRef}
              label={r.code}
              hint={r.codeHint}
              value={code}
              onValue={setCode}
              error={feedback.errors.code}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
            />
          ) : (
            <>
              <TextField
                label={r.email}
                type="email"
                value={email}
                onValue={setEmail}
                error={feedback.errors.email}
                readOnly={knownEmail !== null}
                autoComplete="username"
                required
              />
              <TextField
                ref={firstRef}
                label={r.password}
                type="password"
                value={password}
                onValue={setPassword}
                error={feedback.errors.password}
                autoComplete="current-password"
                required
              />
            </>
          )}
          <FormAlert feedback={feedback} />
          <div className="form-actions">
            <SubmitButton pending={login.isPending}>{codeStep ? r.verify : r.submit}</SubmitButton>
            <button type="button" className="btn btn-outline" onClick={() => onDone(false)}>
              {r.cancel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
