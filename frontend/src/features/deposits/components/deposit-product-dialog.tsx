import { zodResolver } from '@hookform/resolvers/zod';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { RecordFormDialog } from '@/components/ui/form-dialog';
import { CheckField, SelectField, TextField } from '@/components/ui/form-fields';
import { EnumOptions } from '@/components/ui/select-options';
import {
  createDepositProductInputSchema,
  PRODUCT_KINDS,
  useCreateDepositProduct,
} from '@/features/deposits/api/create-deposit-product';
import type { DepositProduct } from '@/features/deposits/api/get-deposit-products';
import { useUpdateDepositProduct } from '@/features/deposits/api/update-deposit-product';
import { setApiFieldErrors } from '@/lib/form-errors';
import { currencyLabel, DEFAULT_CURRENCY } from '@/lib/format';

const FIELDS = createDepositProductInputSchema.keyof().options;

function defaultValues(product: DepositProduct | undefined) {
  const amount = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    code: product?.code ?? '',
    kind: product?.kind ?? PRODUCT_KINDS[0],
    name: product?.name ?? '',
    annualInterestRatePercent: amount(product?.annualInterestRatePercent ?? 0),
    minimumBalance: amount(product?.minimumBalance ?? 0),
    openingFee: amount(product?.openingFee ?? 0),
    withdrawalApprovalThreshold: amount(product?.withdrawalApprovalThreshold),
    allowsSingleStepOpening: product?.allowsSingleStepOpening ?? false,
  };
}

type DepositProductDialogProps = {
  /** The product to edit (its code and kind stay); without one, a new product. */
  product?: DepositProduct;
  onClose: () => void;
};

export function DepositProductDialog({ product, onClose }: DepositProductDialogProps) {
  const { t } = useTranslation();
  const createProduct = useCreateDepositProduct();
  const updateProduct = useUpdateDepositProduct();
  const mutation = product ? updateProduct : createProduct;
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(createDepositProductInputSchema),
    defaultValues: defaultValues(product),
  });
  const { errors } = formState;
  const callbacks = { onSuccess: onClose, onError: (error: unknown) => setApiFieldErrors(error, FIELDS, setError) };

  const submit = handleSubmit(({ code, kind, ...terms }) =>
    product
      ? updateProduct.mutate({ id: product.id, data: terms }, callbacks)
      : createProduct.mutate({ code, kind, ...terms }, callbacks),
  );
  const currency = currencyLabel(DEFAULT_CURRENCY);

  return (
    <RecordFormDialog
      title={product ? t('depositProducts.edit', { code: product.code }) : t('depositProducts.new')}
      editing={!!product}
      mutation={mutation}
      onClose={onClose}
      onSubmit={submit}
      inlineFields={FIELDS}
    >
      <Row>
        {!product && (
          <>
            <Col sm={6}>
              <TextField label={t('depositProducts.code')} registration={register('code')} error={errors.code} />
            </Col>
            <Col sm={6}>
              <SelectField label={t('depositProducts.kind')} registration={register('kind')} error={errors.kind}>
                <EnumOptions values={PRODUCT_KINDS} labelKey="productKinds" />
              </SelectField>
            </Col>
          </>
        )}
        <Col sm={6}>
          <TextField label={t('depositProducts.name')} registration={register('name')} error={errors.name} />
        </Col>
        <Col sm={6}>
          <TextField
            label={t('depositProducts.rate')}
            registration={register('annualInterestRatePercent')}
            error={errors.annualInterestRatePercent}
            inputMode="decimal"
          />
        </Col>
        <Col sm={6}>
          <TextField
            label={t('depositProducts.minimumBalance', { currency })}
            registration={register('minimumBalance')}
            error={errors.minimumBalance}
            inputMode="numeric"
          />
        </Col>
        <Col sm={6}>
          <TextField
            label={t('depositProducts.openingFee', { currency })}
            registration={register('openingFee')}
            error={errors.openingFee}
            inputMode="numeric"
          />
        </Col>
        <Col sm={6}>
          <TextField
            label={t('depositProducts.threshold', { currency })}
            registration={register('withdrawalApprovalThreshold')}
            error={errors.withdrawalApprovalThreshold}
            inputMode="numeric"
          />
        </Col>
        <Col xs={12}>
          <CheckField label={t('depositProducts.singleStep')} registration={register('allowsSingleStepOpening')} />
        </Col>
      </Row>
    </RecordFormDialog>
  );
}
