import { z } from 'zod';

import { INSTITUTION_ROLES } from '@/lib/authorization';
import { minorUnitDigits } from '@/lib/format';

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

const E164 = '\\+[1-9][0-9]{7,14}';

/** A phone number matching `pattern` once its spaces are removed. */
const phoneInput = (pattern: RegExp) =>
  z
    .string()
    .transform((value) => value.replace(/\s/g, ''))
    .pipe(z.string().regex(pattern, 'validation.phone'));

/** E.164, typed with or without spaces: "+229 97 00 00 00". */
export const phoneSchema = phoneInput(new RegExp(`^${E164}$`));

/** E.164 or nothing. */
export const optionalPhoneSchema = phoneInput(new RegExp(`^(${E164})?$`)).transform((value) => value || null);

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

/** A required line of text, trimmed. */
export const requiredTextSchema = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

/** An optional line of text: blank is sent as null. */
export const optionalTextSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .transform((value) => value || null);

/** A day from a date input ("2026-11-21"). */
export const requiredDateSchema = z
  .string()
  .min(1, 'validation.required')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');

/** A day from a date input, or nothing. */
export const optionalDateSchema = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'validation.date')
  .transform((value) => value || undefined);

/**
 * An amount typed as the user writes it ("150 000", "1250,50") and sent as a JSON number: never negative, with
 * no more decimals than the currency has (none for FCFA, so 100.5 is refused here rather than by the API).
 */
export function moneySchema(currency: string) {
  return z
    .string()
    .transform(typedAmount)
    .pipe(
      z
        .string()
        .min(1, 'validation.required')
        .regex(new RegExp(`^${amountFormat(currency)}$`), 'validation.amount'),
    )
    .transform(Number);
}

/** An amount typed in a filter, as {@link moneySchema}: blank is no filter (`undefined`). */
export function optionalMoneySchema(currency: string) {
  return z
    .string()
    .transform(typedAmount)
    .pipe(z.string().regex(new RegExp(`^(${amountFormat(currency)})?$`), 'validation.amount'))
    .transform((value) => (value === '' ? undefined : Number(value)));
}

/** An amount as typed, without its spaces and with a decimal point. */
function typedAmount(value: string) {
  return value.replace(/\s/g, '').replace(',', '.');
}

/** The pattern of an amount (without anchors): digits, with no more decimals than the currency has. */
function amountFormat(currency: string) {
  const digits = minorUnitDigits(currency);
  return digits > 0 ? `\\d+([.]\\d{1,${digits}})?` : '\\d+';
}

/** A number typed with at most 4 decimals ("12,5" or "12.5"), from 0 to `max`; `message` says what is expected. */
export function decimalSchema(max: number, message: string) {
  return z
    .string()
    .transform((value) => value.trim().replace(',', '.'))
    .pipe(z.string().regex(/^\d{1,6}([.]\d{1,4})?$/, message))
    .transform(Number)
    .refine((value) => value <= max, message);
}

/** A yearly rate in percent, 0 to 100 with at most 4 decimals (as the API stores it). */
export const ratePercentSchema = decimalSchema(100, 'validation.rate');

/** A whole number typed in a field, from `min` to `max`. */
export function wholeNumberSchema(min: number, max: number) {
  return z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().regex(/^\d{1,6}$/, 'validation.wholeNumber'))
    .transform(Number)
    .refine((value) => value >= min && value <= max, 'validation.range');
}

/** An amount of money moved by an operation: more than zero. */
export const positiveMoneySchema = (currency: string) =>
  moneySchema(currency).refine((amount) => amount > 0, 'validation.amountPositive');

/** Why a request is refused, returned or cancelled: one line of text. */
export const reasonInputSchema = z.object({ reason: requiredTextSchema(300) });

export type ReasonInput = z.infer<typeof reasonInputSchema>;

/** The two ends of a period from date inputs, either open. */
export const periodFields = { from: optionalDateSchema, to: optionalDateSchema };

/** Refuses a period that ends before it starts, on its end. */
export function orderedPeriod<T extends z.ZodType<{ from?: string; to?: string }>>(schema: T) {
  return schema.refine((period) => !period.from || !period.to || period.from <= period.to, {
    message: 'validation.period',
    path: ['to'],
  });
}
