import { z } from 'zod';
import { check } from '../errors';
import { USER_ROLES } from '../enums';
import { email, newPassword } from './auth';
import { id, slug } from './common';

export const userCreateInput = z
  .object({
    email,
    name: z.string().trim().min(2).max(120),
    role: z.enum(USER_ROLES),
    organizationSlug: slug.nullable().optional(),
    password: newPassword,
  })
  .strict()
  .refine((v) => v.role !== 'editor' || Boolean(v.organizationSlug), {
    ...check('EDITOR_NEEDS_ORGANIZATION'),
    path: ['organizationSlug'],
  });
export type UserCreateInput = z.infer<typeof userCreateInput>;

export const userUpdateInput = z
  .object({
    id,
    name: z.string().trim().min(2).max(120).optional(),
    role: z.enum(USER_ROLES).optional(),
    organizationSlug: slug.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

export const userResetPasswordInput = z.object({ id, password: newPassword }).strict();
export type UserResetPasswordInput = z.infer<typeof userResetPasswordInput>;

export const userResetTwoFactorInput = z.object({ id }).strict();
export type UserResetTwoFactorInput = z.infer<typeof userResetTwoFactorInput>;
