import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { institutionsQueryKey } from '@/features/identity-access/api/get-institutions';
import { api, unwrap } from '@/lib/api-client';
import { displayNameSchema, optionalEmailSchema, passwordSchema, usernameSchema } from '@/lib/validation';

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || null);

export const createInstitutionInputSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(160, 'validation.tooLong'),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,16}$/, 'institutions.codeFormat'),
  currencyCode: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Z]{3}$/, 'validation.currencyCode')
      .nullable(),
  ),
  timeZone: optionalText,
  adminUsername: usernameSchema,
  adminDisplayName: displayNameSchema,
  adminEmail: optionalEmailSchema,
  adminPassword: passwordSchema,
});

export type CreateInstitutionInput = z.infer<typeof createInstitutionInputSchema>;

export function createInstitution(body: CreateInstitutionInput) {
  return unwrap(api.POST('/api/v1/institutions', { body }));
}

export function useCreateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInstitution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsQueryKey }),
  });
}
