import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginInput } from '@shared/schemas/auth';
import { CheckboxField, TextField } from '../../components/form/Field';
import { FormAlert, SubmitButton, useFormFeedback } from '../../components/form/FormFeedback';
import { LoadingState } from '../../components/QueryState';
import type { Me } from '../../lib/api-types';
import { errorInfo, validate } from '../../lib/form-errors';
import { useErrorText } from '../../lib/errors';
import { useDocumentTitle } from '../../lib/i18n';
import { useAuthI18n } from './text';
import { safeNext } from '../../lib/redirect';
import { afterSignIn, useMe } from '../../lib/session';
import { trpc } from '../../lib/trpc';

export function LoginPage() {
  const { t, to } = useAuthI18n();
  useDocumentTitle(t.auth.title);
  const me = useMe();
  const [params] = useSearchParams();
  const destination = (user: Pick<Me, 'mfaSetupRequired'>) =>
    user.mfaSetupRequired ? to('/account') : (safeNext(params.get('next')) ?? to('/account'));

  if (me.isPending) {
    return (
      <div className="container">
        <LoadingState />
      </div>
    );
  }
  if (me.data) return <Navigate replace to={destination(me.data)} />;
  return <LoginForm destination={destination} />;
}

function LoginForm({ destination }: { destination: (user: Pick<Me, 'mfaSetupRequired'>) => string }) {
  const { t } = useAuthI18n();
  const errorTexts = useErrorText();
  const navigate = useNavigate();
  const feedback = useFormFeedback();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [code, setCode] = useState('');
  const [codeStep, setCodeStep] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const login = useMutation(trpc.auth.login.mutationOptions());

  useEffect(() => {
    if (codeStep) codeRef.current?.focus();
  }, [codeStep]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (login.isPending) return;
    const input = { email, password, ...(codeStep ? { code } : {}) };
    const checked = validate(loginInput, input, errorTexts);
    if (!checked.ok) return feedback.invalid(checked.errors);
    feedback.reset();
    try {
      const result = await login.mutateAsync(checked.data);
      if (result.status === 'code_required') {
        setCodeStep(true);
        return;
      }
      await afterSignIn();
      navigate(destination(result.user), { replace: true });
    } catch (error) {
      // The password was right a moment ago: a refusal now is about the code (wrong, or used already).
      if (codeStep && errorInfo(error).error?.code === 'WRONG_CREDENTIALS') feedback.invalid({ code: t.auth.codeRejected });
      else feedback.failed(error);
    }
  };

  return (
    <div className="container narrow">
      <div className="auth-page">
        <h1>{t.auth.title}</h1>
        <p className="lead-text">{t.auth.intro}</p>
        <form ref={feedback.formRef} className="form form-card" noValidate onSubmit={submit}>
          {codeStep ? (
            <>
              <div className="alert alert-info">
                <p className="alert-title">{t.auth.codeStepTitle}</p>
                <p>{t.auth.codeStepText(email)}</p>
              </div>
              <TextField
                ref={codeRef}
                label={t.auth.code}
                hint={t.auth.codeHint}
                value={code}
                onValue={(v) => {
                  feedback.clear('code');
                  setCode(v);
                }}
                error={feedback.errors.code}
                autoComplete="one-time-code"
                autoCapitalize="none"
                spellCheck={false}
                required
                className="field-code"
              />
            </>
          ) : (
            <>
              <TextField
                label={t.auth.email}
                type="email"
                value={email}
                onValue={(v) => {
                  feedback.clear('email');
                  setEmail(v);
                }}
                error={feedback.errors.email}
                autoComplete="username"
                inputMode="email"
                autoCapitalize="none"
                spellCheck={false}
                required
              />
              <TextField
                label={t.auth.password}
                type={showPassword ? 'text' : 'password'}
                value={password}
                onValue={(v) => {
                  feedback.clear('password');
                  setPassword(v);
                }}
                error={feedback.errors.password}
                autoComplete="current-password"
                autoCapitalize="none"
                spellCheck={false}
                required
              />
              <CheckboxField label={t.auth.showPassword} checked={showPassword} onChecked={setShowPassword} />
            </>
          )}
          <FormAlert feedback={feedback} />
          <div className="form-actions">
            <SubmitButton pending={login.isPending} pendingText={t.auth.signingIn}>
              {codeStep ? t.auth.verify : t.auth.submit}
            </SubmitButton>
            {codeStep && (
              <button
                type="button"
                className="btn btn-link"
                onClick={() => {
                  setCodeStep(false);
                  setCode('');
                  feedback.reset();
                }}
              >
                {t.auth.back}
              </button>
            )}
          </div>
        </form>
        <div className="auth-help">
          <h2 className="h5">{t.auth.helpTitle}</h2>
          <p>{t.auth.helpText}</p>
        </div>
      </div>
    </div>
  );
}
