import { useQuery } from '@tanstack/react-query';
import { Flex, Select, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyCode, Lot } from '@/api/models';
import { countyName } from '@/domain/counties';
import { formatMoney } from '@/lib/format';
import { noticesKey, searchOfferedLots } from './api';

/** A chosen lot, with the label it was chosen by (the search that found it may have moved on). */
export interface PickedLot {
  value: string;
  label: string;
}

interface LotPickerProps {
  /** Only this county's lots; none: every lot the caller sees. */
  county?: CountyCode;
  /** Searches only while the form is open. */
  enabled: boolean;
  value?: PickedLot[];
  onChange?: (lots: PickedLot[]) => void;
}

/** The lots a notice covers: searched by product or seller among those on offer, the unsold first. */
export function LotPicker({ county, enabled, value, onChange }: LotPickerProps) {
  const { t, i18n } = useTranslation('products');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  // One search per pause in typing, not per key.
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const lots = useQuery({
    queryKey: [...noticesKey, 'offered-lots', county ?? 'all', q],
    queryFn: ({ signal }) => searchOfferedLots({ q, county_code: county }, signal),
    enabled,
  });

  const countyOf = (lot: Lot) => countyName(lot.county_code, i18n.language, lot.county_name);
  const label = (lot: Lot) =>
    t('notices.draft.lotLabel', {
      product: lot.product_name,
      seller: lot.seller_name,
      kg: formatMoney(lot.remaining_kg),
    });
  const options = (lots.data ?? []).map((lot) => ({ value: lot.id, label: label(lot), lot }));

  return (
    <Select<PickedLot[], (typeof options)[number]>
      mode="multiple"
      labelInValue
      showSearch
      filterOption={false}
      searchValue={typed}
      onSearch={setTyped}
      value={value}
      onChange={(picked) =>
        onChange?.(picked.map(({ value: id, label: text }) => ({ value: id, label: String(text) })))
      }
      options={options}
      maxCount={50}
      placeholder={t('notices.draft.lotsPlaceholder')}
      aria-label={t('notices.draft.lots')}
      loading={lots.isFetching}
      notFoundContent={lots.isFetching ? <Spin size="small" /> : t('notices.draft.lotsEmpty')}
      optionRender={({ data: { lot } }) => (
        <Flex vertical className="lot-option" data-testid="lot-option">
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong>{lot.product_name}</Typography.Text>
            {lot.unsold && <Tag color="volcano">{t('market.unsold')}</Tag>}
          </Flex>
          <Typography.Text type="secondary" className="small-text lot-option-line">
            {t('notices.draft.lotLine', {
              seller: lot.seller_name,
              county: countyOf(lot),
              kg: formatMoney(lot.remaining_kg),
              price: lot.floor_price_per_kg,
              date: lot.best_before,
            })}
          </Typography.Text>
        </Flex>
      )}
      data-testid="lot-picker"
    />
  );
}
