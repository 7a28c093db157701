import { z } from 'zod';
import { check } from '../errors';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../enums';

export const email = z.string().trim().toLowerCase().pipe(z.email().max(254));

/** Length is the only rule (ASVS 2.1.1/2.1.9); commonness is checked on the server. */
export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH);

/** A 6-digit TOTP code or a recovery code (xxxxx-xxxxx). */
export const secondFactorCode = z
  .string()
  .trim()
  .regex(/^(\d{6}|[a-z0-9]{5}-[a-z0-9]{5})$/i, check('SECOND_FACTOR_CODE_FORMAT'));

export const loginInput = z
  .object({
    email,
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    code: secondFactorCode.optional(),
  })
  .strict();
export type LoginInput = z.infer<typeof loginInput>;

export const totpConfirmInput = z.object({ code: z.string().trim().regex(/^\d{6}$/, check('TOTP_CODE_FORMAT')) }).strict();
export type TotpConfirmInput = z.infer<typeof totpConfirmInput>;

export const totpDisableInput = z.object({ password: z.string().min(1).max(PASSWORD_MAX_LENGTH) }).strict();
export type TotpDisableInput = z.infer<typeof totpDisableInput>;

export const changePasswordInput = z
  .object({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword })
  .strict();
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
