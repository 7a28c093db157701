import { describe, expect, it } from 'vitest';
import { contactCreateInput, organizationUpdateInput } from '@shared/schemas/editing';
import { loginInput } from '@shared/schemas/auth';
import { errorsIt as e } from './errors/it';
import { errorText, isStaleSave, serverFieldErrors, validate } from './form-errors';
import { canEditOrganization, canUseTier, hasRole } from './permissions';
import { safeNext } from './redirect';

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
  const trpcError = (appCode: string, params: object = {}, fieldErrors: object | null = null) => ({
    message: 'whatever the server wrote',
    data: { code: 'BAD_REQUEST', appCode, params, fieldErrors },
  });

  it('recognises a stale save by its code, and only that conflict', () => {
    expect(isStaleSave(trpcError('STALE_VERSION'))).toBe(true);
    expect(isStaleSave(trpcError('SLUG_TAKEN', { slug: 'x' }))).toBe(false);
  });

  it('puts the throttling message in the interface language with its wait', () => {
    expect(errorText(trpcError('TOO_MANY_ATTEMPTS', { seconds: 42 }), e)).toBe(
      'Troppi tentativi non riusciti: riprova tra 42 secondi.',
    );
    expect(errorText(trpcError('TOO_MANY_ATTEMPTS', { seconds: 600 }), e)).toBe(
      'Troppi tentativi non riusciti: riprova tra 10 minuti.',
    );
  });

  it('translates by code, never by the server’s wording, and puts field errors next to their field', () => {
    expect(errorText(trpcError('SLUG_TAKEN', { slug: 'asp-trapani' }), e)).toBe(
      'L’indirizzo “asp-trapani” è già usato: scegline un altro.',
    );
    expect(errorText({ message: 'Failed to fetch' }, e)).toBe(e.network);
    expect(errorText(trpcError('NO_SUCH_CODE'), e)).toBe(e.network);
    expect(
      serverFieldErrors(trpcError('INVALID_INPUT', {}, { email: { code: 'INVALID_EMAIL', params: {} } }), e),
    ).toEqual({ email: e.INVALID_EMAIL });
  });
});

describe('helpers', () => {
  it('follows only same-site paths after signing in', () => {
    expect(safeNext('/partners/comune-di-trapani?x=1')).toBe('/partners/comune-di-trapani?x=1');
    for (const bad of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/\t/evil.example', 'partners']) {
      expect(safeNext(bad)).toBeNull();
    }
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
