import { z } from 'zod';

import { INSTITUTION_ROLES } from '@/lib/authorization';

/** Rules shared by the user forms; the API checks them again (and may add its own password policy). */
export const displayNameSchema = z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong');

export const optionalEmailSchema = z.union([z.literal('').transform(() => null), z.email('validation.email')]);

export const optionalPhoneSchema = z
  .string()
  .trim()
  .regex(/^(\+?[0-9 ]{6,20})?$/, 'validation.phone')
  .transform((value) => value.replaceAll(' ', '') || null);

export const passwordSchema = z.string().min(8, 'validation.passwordLength').max(128, 'validation.tooLong');

export const roleSchema = z.string().pipe(z.enum(INSTITUTION_ROLES, { error: 'validation.required' }));

/** The branch select sends '' for "no branch". */
export const optionalBranchIdSchema = z.string().transform((value) => value || null);
