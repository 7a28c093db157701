/**
 * The server's code (shared/errors.ts) of a refused call, or undefined. Kept free of imports: the
 * public first load uses it, and must not carry the error messages (lib/form-errors.ts does).
 */
export const appCodeOf = (error: unknown): unknown => (error as { data?: { appCode?: unknown } } | null)?.data?.appCode;
