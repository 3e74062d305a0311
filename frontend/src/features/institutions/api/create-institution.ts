import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { institutionsQueryKey } from '@/features/institutions/api/get-institutions';
import { api, unwrap } from '@/lib/api-client';

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || null);

export const createInstitutionInputSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(150, 'validation.tooLong'),
  code: z.string().trim().min(1, 'validation.required').max(20, 'validation.tooLong'),
  currencyCode: optionalText.pipe(z.string().regex(/^[A-Z]{3}$/, 'validation.currencyCode').nullable()),
  timeZone: optionalText,
  adminUsername: z
    .string()
    .trim()
    .min(3, 'validation.usernameFormat')
    .max(50, 'validation.tooLong')
    .regex(/^[A-Za-z0-9._-]+$/, 'validation.usernameFormat'),
  adminDisplayName: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  adminEmail: z.union([z.literal('').transform(() => null), z.email('validation.email')]),
  adminPassword: z.string().min(8, 'validation.passwordLength').max(128, 'validation.tooLong'),
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
