import Col from 'react-bootstrap/Col';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { SelectField, TextField } from '@/components/ui/form-fields';
import { EnumOptions } from '@/components/ui/select-options';
import { GENDERS, ID_DOCUMENT_TYPES, type ClientField } from '@/lib/client-input';

type IdentityField = Exclude<ClientField, 'branchId' | 'assignedAgentId'>;

/** One field's registration and error, as the form holding it gives them. */
export type ClientFieldProps = (name: IdentityField) => { registration: UseFormRegisterReturn; error?: FieldError };

/**
 * Who the client is — name, gender, birth, contacts, occupation, ID document — laid out in a Row's columns: the same
 * fields at the counter (the clients' form) and on a phone offline (the new-client draft).
 */
export function ClientIdentityFields({ field }: { field: ClientFieldProps }) {
  const { t } = useTranslation();
  return (
    <>
      <Col sm={6}>
        <TextField label={t('clients.firstName')} {...field('firstName')} autoComplete="off" />
      </Col>
      <Col sm={6}>
        <TextField label={t('clients.lastName')} {...field('lastName')} autoComplete="off" />
      </Col>
      <Col sm={6}>
        <SelectField label={t('clients.gender')} {...field('gender')}>
          <option value="">{t('common.choose')}</option>
          <EnumOptions values={GENDERS} labelKey="genders" />
        </SelectField>
      </Col>
      <Col sm={6}>
        <TextField label={t('clients.dateOfBirth')} type="date" {...field('dateOfBirth')} />
      </Col>
      <Col sm={6}>
        <TextField label={t('clients.phone')} type="tel" {...field('phone')} autoComplete="off" />
      </Col>
      <Col sm={6}>
        <TextField label={t('clients.email')} type="email" {...field('email')} autoComplete="off" />
      </Col>
      <Col xs={12}>
        <TextField label={t('clients.address')} {...field('address')} />
      </Col>
      <Col sm={6}>
        <TextField label={t('clients.city')} {...field('city')} />
      </Col>
      <Col sm={6}>
        <TextField label={t('clients.occupation')} {...field('occupation')} />
      </Col>
      <Col sm={6}>
        <SelectField label={t('clients.idDocumentType')} {...field('idDocumentType')}>
          <option value="">{t('clients.noIdDocument')}</option>
          <EnumOptions values={ID_DOCUMENT_TYPES} labelKey="idDocumentTypes" />
        </SelectField>
      </Col>
      <Col sm={6}>
        <TextField label={t('clients.idDocumentNumber')} {...field('idDocumentNumber')} autoComplete="off" />
      </Col>
    </>
  );
}
