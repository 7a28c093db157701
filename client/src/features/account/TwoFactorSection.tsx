import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { totpConfirmInput, totpDisableInput } from '@shared/schemas/auth';
import { TextField } from '../../components/form/Field';
import { FormAlert, StatusMessage, SubmitButton, useFormFeedback } from '../../components/form/FormFeedback';
import type { Me } from '../../lib/api-types';
import { errorText, validate } from '../../lib/form-errors';
import { useErrorText } from '../../lib/errors';
import { useAccountI18n } from './text';
import { queryClient, trpc } from '../../lib/trpc';

type Enrolment = { secret: string; qrSvg: string };

/** TOTP enrolment (QR code, first code, recovery codes shown once) and switching it off. */
export function TwoFactorSection({ me }: { me: Me }) {
  const { t } = useAccountI18n();
  const errorTexts = useErrorText();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [status, setStatus] = useState('');
  const [beginError, setBeginError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const begin = useMutation(trpc.auth.totpBegin.mutationOptions());

  const start = async () => {
    if (begin.isPending) return;
    setStatus('');
    setBeginError('');
    try {
      const { secret, qrSvg } = await begin.mutateAsync();
      setEnrolment({ secret, qrSvg });
    } catch (error) {
      setBeginError(errorText(error, errorTexts));
    }
  };

  let body;
  if (recoveryCodes) {
    body = (
      <RecoveryCodes
        codes={recoveryCodes}
        onDone={() => {
          setRecoveryCodes(null);
          setStatus(t.account.twoFactor.enabledStatus);
          headingRef.current?.focus();
        }}
      />
    );
  } else if (me.totpEnabled) {
    body = (
      <>
        <p>
          <span className="badge badge-on">{t.account.twoFactor.on}</span> {t.account.twoFactor.onText}
        </p>
        <DisableForm
          onDone={() => {
            setStatus(t.account.twoFactor.disabledStatus);
            headingRef.current?.focus();
          }}
        />
      </>
    );
  } else if (enrolment) {
    body = (
      <EnrolForm
        enrolment={enrolment}
        onCancel={() => {
          setEnrolment(null);
          headingRef.current?.focus();
        }}
        onConfirmed={(codes) => {
          setEnrolment(null);
          setRecoveryCodes(codes);
        }}
      />
    );
  } else {
    body = (
      <>
        <p>
          <span className="badge badge-off">{t.account.twoFactor.off}</span> {t.account.twoFactor.offText}
        </p>
        {beginError && (
          <div className="alert alert-danger" role="alert">
            <p>{beginError}</p>
          </div>
        )}
        <button type="button" className="btn btn-primary" aria-disabled={begin.isPending || undefined} onClick={start}>
          {begin.isPending ? t.form.loading : t.account.twoFactor.enable}
        </button>
      </>
    );
  }

  return (
    <section className="card account-section" id="two-factor" aria-labelledby="two-factor-title">
      <h2 className="h5" id="two-factor-title" ref={headingRef} tabIndex={-1}>
        {t.account.twoFactor.title}
      </h2>
      <StatusMessage message={status} />
      {body}
    </section>
  );
}

/** Groups of four characters are easier to copy by hand; authenticator apps ignore the spaces. */
const groupSecret = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

function EnrolForm({
  enrolment,
  onCancel,
  onConfirmed,
}: {
  enrolment: Enrolment;
  onCancel: () => void;
  onConfirmed: (codes: string[]) => void;
}) {
  const { t } = useAccountI18n();
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const [code, setCode] = useState('');
  const confirm = useMutation(trpc.auth.totpConfirm.mutationOptions());
  const stepsRef = useRef<HTMLOListElement>(null);
  useEffect(() => stepsRef.current?.focus(), []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const checked = validate(totpConfirmInput, { code }, errorTexts);
    if (!checked.ok) return feedback.invalid(checked.errors);
    feedback.reset();
    try {
      const { recoveryCodes } = await confirm.mutateAsync(checked.data);
      onConfirmed(recoveryCodes);
      await queryClient.invalidateQueries();
    } catch (error) {
      feedback.failed(error);
    }
  };

  return (
    <div className="totp-enrol">
      <ol className="steps" ref={stepsRef} tabIndex={-1}>
        <li>{t.account.twoFactor.step1}</li>
        <li>
          {t.account.twoFactor.step2}
          <div className="totp-qr">
            <img
              src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`}
              alt={t.account.twoFactor.qrAlt}
              width={200}
              height={200}
            />
            <div>
              <p className="small">{t.account.twoFactor.secretLabel}</p>
              <p>
                <code className="totp-secret">{groupSecret(enrolment.secret)}</code>
              </p>
              <p className="muted small">{t.account.twoFactor.secretHint}</p>
            </div>
          </div>
        </li>
        <li>{t.account.twoFactor.step3}</li>
      </ol>
      <form ref={feedback.formRef} className="form" noValidate onSubmit={submit}>
        <TextField
          label={t.account.twoFactor.code}
          hint={t.account.twoFactor.codeHint}
          value={code}
          onValue={(v) => {
            feedback.clear('code');
            setCode(v);
          }}
          error={feedback.errors.code}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={6}
          required
          className="field-code"
        />
        <FormAlert feedback={feedback} />
        <div className="form-actions">
          <SubmitButton pending={confirm.isPending}>{t.account.twoFactor.confirm}</SubmitButton>
          <button type="button" className="btn btn-outline" onClick={onCancel}>
            {t.form.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useAccountI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => ref.current?.focus(), []);
  const href = useMemo(
    () => URL.createObjectURL(new Blob([`COOPERA Network\n\n${codes.join('\n')}\n`], { type: 'text/plain' })),
    [codes],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <div className="recovery-codes alert alert-warning" ref={ref} tabIndex={-1} role="region" aria-labelledby="recovery-title">
      <p className="alert-title" id="recovery-title">
        {t.account.twoFactor.recoveryTitle}
      </p>
      <p>{t.account.twoFactor.recoveryText}</p>
      <ol className="recovery-list">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        {href && (
          <a className="btn btn-outline" href={href} download="coopera-codici-di-recupero.txt">
            {t.account.twoFactor.download}
          </a>
        )}
        <button
          type="button"
          className="btn btn-outline"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(codes.join('\n'));
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {t.account.twoFactor.copy}
        </button>
        <button type="button" className="btn btn-primary" onClick={onDone}>
          {t.account.twoFactor.stored}
        </button>
      </div>
      <div role="status" className="small">
        {copied ? t.account.twoFactor.copied : ''}
      </div>
    </div>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const { t } = useAccountI18n();
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const disable = useMutation(trpc.auth.totpDisable.mutationOptions());

  if (!open) {
    return (
      <button type="button" className="btn btn-outline" onClick={() => setOpen(true)}>
        {t.account.twoFactor.disable}
      </button>
    );
  }
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (disable.isPending) return;
    const checked = validate(totpDisableInput, { password }, errorTexts);
    if (!checked.ok) return feedback.invalid(checked.errors);
    feedback.reset();
    try {
      await disable.mutateAsync(checked.data);
      setPassword('');
      setOpen(false);
      await queryClient.invalidateQueries();
      onDone();
    } catch (error) {
      feedback.failed(error);
    }
  };
  return (
    <form ref={feedback.formRef} className="form" noValidate onSubmit={submit}>
      <p>{t.account.twoFactor.disableText}</p>
      <TextField
        label={t.account.currentPassword}
        type="password"
        value={password}
        onValue={(v) => {
          feedback.clear('password');
          setPassword(v);
        }}
        error={feedback.errors.password}
        autoComplete="current-password"
        required
        autoFocus
      />
      <FormAlert feedback={feedback} />
      <div className="form-actions">
        <SubmitButton pending={disable.isPending}>{t.account.twoFactor.disableConfirm}</SubmitButton>
        <button type="button" className="btn btn-outline" onClick={() => setOpen(false)}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
