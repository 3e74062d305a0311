import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { clientsQueryKey } from '@/features/clients/api/get-clients';
import { api, unwrap } from '@/lib/api-client';
import {
  optionalEmailSchema,
  optionalIdSchema,
  optionalTextSchema,
  phoneSchema,
  requiredDateSchema,
  requiredTextSchema,
} from '@/lib/validation';
import type { paths } from '@/types/api';

type ClientBody = paths['/api/v1/clients']['post']['requestBody']['content']['application/json'];

export const GENDERS = ['Female', 'Male'] as const satisfies readonly ClientBody['gender'][];

export const ID_DOCUMENT_TYPES = [
  'NationalIdCard',
  'Passport',
  'VoterCard',
  'DriverLicense',
  'ConsularCard',
  'Other',
] as const satisfies readonly NonNullable<ClientBody['idDocumentType']>[];

/**
 * The fields of a client, for registration and edits alike; they mirror the API's rules (ClientFieldsValidator).
 * A blank branch or agent is left for the API to default (the creator's branch; the creator when an agent).
 */
export const clientInputSchema = z
  .object({
    firstName: requiredTextSchema(80),
    lastName: requiredTextSchema(80),
    gender: z.string().pipe(z.enum(GENDERS, { error: 'validation.required' })),
    dateOfBirth: requiredDateSchema,
    phone: phoneSchema,
    email: optionalEmailSchema,
    address: optionalTextSchema(300),
    city: optionalTextSchema(100),
    occupation: optionalTextSchema(100),
    idDocumentType: z.string().pipe(z.union([z.literal('').transform(() => undefined), z.enum(ID_DOCUMENT_TYPES)])),
    idDocumentNumber: optionalTextSchema(40),
    branchId: optionalIdSchema,
    assignedAgentId: optionalIdSchema,
  })
  .superRefine((client, context) => {
    // A document is its type and its number: one without the other is refused.
    if (client.idDocumentType && !client.idDocumentNumber) {
      context.addIssue({ code: 'custom', path: ['idDocumentNumber'], message: 'clients.idDocumentNumberRequired' });
    }
    if (!client.idDocumentType && client.idDocumentNumber) {
      context.addIssue({ code: 'custom', path: ['idDocumentType'], message: 'clients.idDocumentTypeRequired' });
    }
  });

export type ClientInput = z.infer<typeof clientInputSchema>;

export function createClient(body: ClientInput) {
  return unwrap(api.POST('/api/v1/clients', { body }));
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsQueryKey }),
  });
}
