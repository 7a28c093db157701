import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorDefinitions } from '../../shared/errors';
import { errorsEn } from '../../client/src/lib/errors/en';
import { errorsIt } from '../../client/src/lib/errors/it';
import { errorText, serverFieldErrors } from '../../client/src/lib/form-errors';
import { createTestDb, startTestApp } from '../../server/test-utils';

// The client reads codes, not sentences: rewording the server's English leaves the interface as it was.
describe('error codes over real HTTP', () => {
  const { db, cleanup } = createTestDb();
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    app = await startTestApp(db);
  });
  afterAll(async () => {
    await app.close();
    cleanup();
  });

  const get = async (procedure: string, input: unknown) => {
    const response = await fetch(`${app.baseUrl}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
    return { status: response.status, body: (await response.json()) as { error: { message: string; data: unknown } } };
  };

  it('keeps the translated message when the server’s wording changes', async () => {
    const before = await get('partners.bySlug', { slug: 'does-not-exist' });
    expect(before.status).toBe(404);
    expect(before.body.error.data).toMatchObject({ appCode: 'PARTNER_NOT_FOUND', params: { slug: 'does-not-exist' } });
    const shownIt = errorText(before.body.error, errorsIt);
    const shownEn = errorText(before.body.error, errorsEn);
    expect(shownIt).toBe('Il dato non esiste più: ricarica la pagina.');

    const definition = errorDefinitions.PARTNER_NOT_FOUND as { message: unknown };
    const original = definition.message;
    definition.message = () => 'Partner unknown (reworded)';
    try {
      const after = await get('partners.bySlug', { slug: 'does-not-exist' });
      expect(after.body.error.message).toBe('Partner unknown (reworded)');
      expect(errorText(after.body.error, errorsIt)).toBe(shownIt);
      expect(errorText(after.body.error, errorsEn)).toBe(shownEn);
    } finally {
      definition.message = original;
    }
  });

  it('sends a code for each field that failed its schema, translated beside the field', async () => {
    const { status, body } = await get('partners.list', { type: 'bogus' });
    expect(status).toBe(400);
    expect(body.error.data).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'INVALID_INPUT',
      fieldErrors: { type: { code: 'INVALID_CHOICE', params: {} } },
    });
    expect(serverFieldErrors(body.error, errorsIt)).toEqual({ type: 'Scegli una delle voci dell’elenco.' });
  });

  it('codes the refusals made before tRPC runs (cross-site requests)', async () => {
    const response = await fetch(`${app.baseUrl}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { data: unknown } };
    expect(body.error.data).toMatchObject({ appCode: 'JSON_ONLY' });
  });
});
