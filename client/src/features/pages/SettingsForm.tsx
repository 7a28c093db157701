import { useMutation } from '@tanstack/react-query';
import { siteSettingsInput } from '@shared/schemas/settings';
import { EditForm } from '../../components/form/EditForm';
import { TextField } from '../../components/form/Field';
import { saveChecked, useFormFeedback } from '../../components/form/FormFeedback';
import { useFormValues } from '../../components/form/useFormValues';
import type { SiteSettings } from '../../lib/api-types';
import { useErrorText } from '../../lib/errors';
import { validate } from '../../lib/form-errors';
import { useI18n } from '../../lib/i18n';
import { trpc } from '../../lib/trpc';

/**
 * The lead partner's coordinators fill in what the accessibility statement and the privacy notice
 * must name (members only: a chunk of its own, never loaded by a visitor). A draft survives a reload.
 */
export default function SettingsForm({ settings, onDone }: { settings: SiteSettings; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const s = t.settings;
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const { values, set } = useFormValues(
    feedback,
    () => ({
      accessibilityEmail: settings.accessibilityEmail ?? '',
      accessibilityStatementUrl: settings.accessibilityStatementUrl ?? '',
      privacyController: settings.privacyController ?? '',
      privacyDpo: settings.privacyDpo ?? '',
      privacyEmail: settings.privacyEmail ?? '',
    }),
    'site-settings',
  );
  const update = useMutation(trpc.settings.update.mutationOptions());
  const e = feedback.errors;
  const submit = () => {
    const input = { ...values, version: settings.version };
    return saveChecked(feedback, validate(siteSettingsInput, input, errorTexts), () => update.mutateAsync(input), () => onDone(s.saved));
  };
  return (
    <EditForm feedback={feedback} title={s.title} pending={update.isPending} submitLabel={s.save} onSubmit={submit} onCancel={() => onDone('')}>
      <TextField type="email" label={s.accessibilityEmail} hint={s.accessibilityEmailHint} value={values.accessibilityEmail} onValue={set('accessibilityEmail')} error={e.accessibilityEmail} />
      <TextField type="url" label={s.statementUrl} hint={s.statementUrlHint} value={values.accessibilityStatementUrl} onValue={set('accessibilityStatementUrl')} error={e.accessibilityStatementUrl} />
      <TextField label={s.privacyController} hint={s.privacyControllerHint} value={values.privacyController} onValue={set('privacyController')} error={e.privacyController} />
      <TextField label={s.privacyDpo} hint={s.privacyDpoHint} value={values.privacyDpo} onValue={set('privacyDpo')} error={e.privacyDpo} />
      <TextField type="email" label={s.privacyEmail} value={values.privacyEmail} onValue={set('privacyEmail')} error={e.privacyEmail} />
    </EditForm>
  );
}
