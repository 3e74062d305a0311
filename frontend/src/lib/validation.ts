import { z } from 'zod';

import { INSTITUTION_ROLES } from '@/lib/authorization';

/*
 * Field rules shared by several forms. They mirror the API's (its UserRules and identity password policy) so that
 * most mistakes are caught before a round trip; the API checks again and its messages show on the same fields.
 * Messages are translation keys.
 */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'validation.usernameFormat')
  .max(64, 'validation.tooLong')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'validation.usernameFormat');

export const displayNameSchema = z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong');

export const optionalEmailSchema = z.union([
  z.literal('').transform(() => null),
  z.email('validation.email').max(256, 'validation.tooLong'),
]);

/** E.164, typed with or without spaces: "+229 97 00 00 00". */
export const optionalPhoneSchema = z
  .string()
  .transform((value) => value.replace(/\s/g, ''))
  .pipe(z.string().regex(/^(\+[1-9][0-9]{7,14})?$/, 'validation.phone'))
  .transform((value) => value || null);

export const passwordSchema = z
  .string()
  .min(8, 'validation.passwordPolicy')
  .max(128, 'validation.tooLong')
  .regex(/[a-z]/, 'validation.passwordPolicy')
  .regex(/[A-Z]/, 'validation.passwordPolicy')
  .regex(/[0-9]/, 'validation.passwordPolicy')
  .regex(/[^A-Za-z0-9]/, 'validation.passwordPolicy');

/** A role an institution may give to its staff. */
export const institutionRoleSchema = z.string().pipe(z.enum(INSTITUTION_ROLES, { error: 'validation.required' }));

/** A select whose empty option means "none" (e.g. no branch). */
export const optionalIdSchema = z.string().transform((value) => value || null);
