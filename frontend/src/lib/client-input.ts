import { z } from 'zod';

import {
  optionalEmailSchema,
  optionalIdSchema,
  optionalTextSchema,
  phoneSchema,
  requiredDateSchema,
  requiredTextSchema,
} from '@/lib/validation';
import type { components } from '@/types/api';

/*
 * The fields of a client, shared by the clients' form (registration and edits) and the new-client draft recorded
 * offline on a phone; they mirror the API's rules (ClientFieldsValidator).
 */

type ClientBody = components['schemas']['CreateClientCommand'];

export const GENDERS = ['Female', 'Male'] as const satisfies readonly ClientBody['gender'][];

export const ID_DOCUMENT_TYPES = [
  'NationalIdCard',
  'Passport',
  'VoterCard',
  'DriverLicense',
  'ConsularCard',
  'Other',
] as const satisfies readonly NonNullable<ClientBody['idDocumentType']>[];

/** A blank branch or agent is left for the API to default (the creator's branch; the creator when an agent). */
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

export type ClientFormValues = z.input<typeof clientInputSchema>;
export type ClientInput = z.infer<typeof clientInputSchema>;

export const CLIENT_FIELDS = clientInputSchema.keyof().options;
export type ClientField = (typeof CLIENT_FIELDS)[number];

/** An empty form, or the given client's values (blank where the client has none). */
export function clientFormValues(client?: Partial<Record<ClientField, string | null>>): ClientFormValues {
  return Object.fromEntries(CLIENT_FIELDS.map((field) => [field, client?.[field] ?? ''])) as ClientFormValues;
}
