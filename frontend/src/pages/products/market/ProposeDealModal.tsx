import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Deal, Demand, Match } from '@/api/models';
import { FormModal } from '@/components/form/FormModal';
import { isMoney, normaliseMoney } from '@/lib/money';
import { proposeDeal } from './api';

interface ProposeValues {
  quantity_kg: string;
  price_per_kg: string;
}

/** The most of a lot a demand can take: the smaller of the two remainders, to two places. */
export function proposedQuantity(lotRemainingKg: string, demandRemainingKg: string): string {
  return Math.min(Number(lotRemainingKg), Number(demandRemainingKg)).toFixed(2);
}

interface ProposeDealModalProps {
  demand: Demand;
  match: Match | null;
  onClose: () => void;
  onProposed: (deal: Deal) => void;
}

/** 发起交易: a quantity of a matched lot for a demand, at a price between the floor and the ceiling. */
export function ProposeDealModal({ demand, match, onClose, onProposed }: ProposeDealModalProps) {
  const { t } = useTranslation('products');
  const [form] = Form.useForm<ProposeValues>();
  const amount = (value?: string) => !!value && isMoney(value) && Number(value) > 0;
  return (
    <FormModal<ProposeValues, Deal>
      open={match !== null}
      title={match && t('market.offers.proposeTitle', { seller: match.seller_name, product: match.product_name })}
      okText={t('market.offers.propose')}
      form={form}
      testId="propose-form"
      initialValues={
        match
          ? {
              quantity_kg: proposedQuantity(match.remaining_kg, demand.remaining_kg),
              price_per_kg: match.floor_price_per_kg,
            }
          : undefined
      }
      onSubmit={(values) =>
        proposeDeal({
          lot_id: match?.lot_id ?? '',
          demand_id: demand.id,
          quantity_kg: normaliseMoney(values.quantity_kg),
          price_per_kg: normaliseMoney(values.price_per_kg),
        })
      }
      onSuccess={onProposed}
      onClose={onClose}
    >
      <Form.Item
        name="quantity_kg"
        required
        label={t('market.offers.quantity')}
        rules={[
          {
            validator: (_, value?: string) =>
              amount(value) ? Promise.resolve() : Promise.reject(new Error(t('market.offers.quantityRequired'))),
          },
        ]}
      >
        <Input inputMode="decimal" data-testid="propose-quantity" />
      </Form.Item>
      <Form.Item
        name="price_per_kg"
        required
        label={t('market.offers.price')}
        extra={
          match &&
          t('market.offers.priceHint', { floor: match.floor_price_per_kg, ceiling: demand.ceiling_price_per_kg })
        }
        rules={[
          {
            validator: (_, value?: string) =>
              amount(value) ? Promise.resolve() : Promise.reject(new Error(t('market.offers.priceRequired'))),
          },
        ]}
      >
        <Input inputMode="decimal" data-testid="propose-price" />
      </Form.Item>
    </FormModal>
  );
}
