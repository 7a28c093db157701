import { describe, expect, it } from 'vitest';
import { contactCreateInput, organizationUpdateInput } from '@shared/schemas/editing';
import { loginInput } from '@shared/schemas/auth';
import { changedFields } from '../features/admin/audit-diff';
import { parseCoordinate, slugify } from '../features/edit/values';
import { oneYearFrom } from './dates';
import { errorText, isStaleSave, localizeMessage, serverFieldErrors, validate } from './form-errors';
import { reservedIt as italian } from './i18n/reserved.it';
import { canEditOrganization, canUseTier, hasRole } from './permissions';
import { safeNext } from './redirect';

const e = italian.form.errors;

describe('form validation with the shared schemas', () => {
  it('says a required field is required, in Italian, whatever zod calls it', () => {
    const result = validate(loginInput, { email: '', password: '' }, e);
    expect(result).toEqual({ ok: false, errors: { email: 'Campo obbligatorio.', password: 'Campo obbligatorio.' } });
  });

  it('translates the schemas’ own messages and keeps the first error of each field', () => {
    const result = validate(
      organizationUpdateInput,
      { id: 1, version: 1, istatCode: '12', website: 'ftp://x', lat: 50, lng: 13 },
      e,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.istatCode).toBe('Il codice ISTAT è di sei cifre.');
    expect(result.errors.website).toBe('Indirizzo web non valido: deve iniziare con https:// o http://.');
    expect(result.errors.lat).toBe('La latitudine deve cadere in Sicilia: tra 35.45 e 38.85.');
  });

  it('asks for the legal basis of a contact that names a person', () => {
    const result = validate(
      contactCreateInput,
      { organizationId: 1, label: 'Maria Rossi', kind: 'person', visibility: 'members', legalBasis: null, reviewDue: '' },
      e,
    );
    expect(result).toEqual({
      ok: false,
      errors: { legalBasis: 'Un contatto che nomina una persona richiede la base giuridica e la data di revisione.' },
    });
  });
});

describe('server errors', () => {
  const trpcError = (code: string, message: string, fieldErrors: Record<string, string[]> = {}) => ({
    message,
    data: { code, zodError: { fieldErrors } },
  });

  it('recognises a stale save, and only that conflict', () => {
    expect(isStaleSave(trpcError('CONFLICT', 'Someone else saved this record after you opened it: reload'))).toBe(true);
    expect(isStaleSave(trpcError('CONFLICT', 'The address "x" is already taken'))).toBe(false);
  });

  it('puts the throttling message in the interface language with its wait', () => {
    expect(errorText(trpcError('TOO_MANY_REQUESTS', 'Too many attempts: try again in 42 seconds'), e)).toBe(
      'Troppi tentativi non riusciti: riprova tra 42 secondi.',
    );
    expect(localizeMessage('Too many attempts: try again in 600 seconds', e)).toBe(
      'Troppi tentativi non riusciti: riprova tra 10 minuti.',
    );
  });

  it('shows an unknown server message as it is, and field errors next to their field', () => {
    expect(errorText(trpcError('BAD_REQUEST', 'Something new'), e)).toBe('Something new');
    expect(errorText({ message: 'Failed to fetch' }, e)).toBe(e.network);
    expect(serverFieldErrors(trpcError('BAD_REQUEST', 'Invalid input', { email: ['Invalid email address'] }), e)).toEqual({
      email: e.email,
    });
  });
});

describe('helpers', () => {
  it('follows only same-site paths after signing in', () => {
    expect(safeNext('/partners/comune-di-trapani?x=1')).toBe('/partners/comune-di-trapani?x=1');
    for (const bad of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/\t/evil.example', 'partners']) {
      expect(safeNext(bad)).toBeNull();
    }
  });

  it('lists only the fields a change touched', () => {
    expect(
      changedFields(
        { label: 'A', phone: null, version: 1, updatedAt: 'x', sources: [] },
        { label: 'A', phone: '+39 091', version: 2, updatedAt: 'y', sources: [] },
      ),
    ).toEqual([{ key: 'phone', before: null, after: '+39 091' }]);
    expect(changedFields(null, { label: 'B', phone: null }).map((c) => c.key)).toEqual(['label']);
  });

  it('reads coordinates typed the Italian way and slugs names', () => {
    expect(parseCoordinate('38,01762')).toBe(38.01762);
    expect(parseCoordinate(' ')).toBeNull();
    expect(parseCoordinate('nord')).toBeNaN();
    expect(slugify('Comune di Sant’Agata di Militello')).toBe('comune-di-santagata-di-militello');
    expect(oneYearFrom('2028-02-29')).toBe('2029-02-28');
  });

  it('mirrors the server’s permissions to hide what would be refused', () => {
    const editor = { role: 'editor' as const, organizationId: 7, mfaSetupRequired: false };
    expect(canEditOrganization(editor, 7)).toBe(true);
    expect(canEditOrganization(editor, 8)).toBe(false);
    expect(canEditOrganization({ ...editor, role: 'coordinator' }, 8)).toBe(true);
    expect(canEditOrganization({ ...editor, role: 'coordinator', mfaSetupRequired: true }, 8)).toBe(false);
    expect(canUseTier(editor, 'coordinators')).toBe(false);
    expect(hasRole({ ...editor, role: 'admin' }, 'coordinator')).toBe(true);
  });
});
