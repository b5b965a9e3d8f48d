import { Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { QUANTITY_UNITS, toKilograms, type QuantityUnit } from './units';

/** The form values the quantity field adds: converted to kilograms on submit with `quantityKg`. */
export interface QuantityValues {
  quantity: number;
  unit: QuantityUnit;
  box_kg?: number | null;
}

export const quantityKg = (values: QuantityValues) => toKilograms(values.quantity, values.unit, values.box_kg);

function safeKg(values: Partial<QuantityValues>): string | null {
  try {
    return values.quantity && values.unit ? toKilograms(values.quantity, values.unit, values.box_kg) : null;
  } catch {
    return null;
  }
}

interface QuantityFieldProps {
  /** The field's label: 数量 unless told otherwise (实收数量 for a delivery). */
  label?: string;
  /** A further check of the quantity in kilograms: the message when it fails (more than a deal holds, say). */
  check?: (kg: string) => string | undefined;
}

/** 数量 with a unit picker (斤, kg, tonnes, boxes of N kg), and the kilograms it comes to beneath. */
export function QuantityField({ label, check }: QuantityFieldProps = {}) {
  const { t } = useTranslation('products');
  const shown = label ?? t('market.newLot.quantity');
  const form = Form.useFormInstance<QuantityValues>();
  const quantity = Form.useWatch('quantity', form);
  const unit = Form.useWatch('unit', form);
  const boxKg = Form.useWatch('box_kg', form);
  const kg = safeKg({ quantity, unit, box_kg: boxKg });
  return (
    <>
      <Form.Item
        label={shown}
        required
        extra={kg && unit !== 'kg' ? t('market.inKg', { kg: formatMoney(kg) }) : undefined}
      >
        <Space.Compact block>
          <Form.Item
            name="quantity"
            noStyle
            dependencies={check ? ['unit', 'box_kg'] : undefined}
            rules={[
              { required: true, type: 'number', min: 0.01, message: t('market.newLot.quantityRequired') },
              {
                validator: (_, value?: number) => {
                  const inKg =
                    check &&
                    safeKg({ quantity: value, unit: form.getFieldValue('unit'), box_kg: form.getFieldValue('box_kg') });
                  const problem = inKg ? check(inKg) : undefined;
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              },
            ]}
          >
            <InputNumber
              min={0.01}
              precision={2}
              inputMode="decimal"
              className="full-width"
              aria-label={shown}
              data-testid="quantity"
            />
          </Form.Item>
          <Form.Item name="unit" noStyle>
            <Select
              className="unit-select"
              aria-label={t('market.newLot.unit')}
              options={QUANTITY_UNITS.map((u) => ({ value: u, label: t(`market.unit.${u}`) }))}
              data-testid="unit"
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      {unit === 'box' && (
        <Form.Item
          name="box_kg"
          label={t('market.newLot.boxKg')}
          rules={[{ required: true, type: 'number', min: 0.01, message: t('market.newLot.boxKgRequired') }]}
        >
          <InputNumber min={0.01} precision={2} inputMode="decimal" className="full-width" />
        </Form.Item>
      )}
    </>
  );
}
