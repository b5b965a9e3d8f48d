import { SafetyCertificateOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicLot } from '@/api/models';
import { countyName } from '@/domain/counties';
import { formatMoney } from '@/lib/format';
import { kilogramsToJin, pricePerJin } from '../market/units';

interface PublicLotCardProps {
  lot: PublicLot;
  onBuy: (lot: PublicLot) => void;
}

/** A lot as the public sees it: what, from where, how much at what price, its certificates, and "我要采购".
 * Never the seller's contact: inquiries go through the League. */
export function PublicLotCard({ lot, onBuy }: PublicLotCardProps) {
  const { t, i18n } = useTranslation('products');
  const jin = kilogramsToJin(lot.remaining_kg);
  return (
    <Card size="small" className="public-lot" data-testid="public-lot">
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={12}>
          <div className="public-lot-name">
            <Typography.Title level={5}>{lot.product_name}</Typography.Title>
            <Flex gap={4} wrap>
              <Tag>{t(`category.${lot.category}`)}</Tag>
              <Tag color="red">{countyName(lot.county_code, i18n.language, lot.county_name)}</Tag>
            </Flex>
          </div>
          <div className="public-price">
            <span className="public-price-figure">{lot.price_per_kg}</span>
            <span className="public-price-unit">{t('publicMarket.perKg')}</span>
            <Typography.Text type="secondary" className="small-text public-price-jin">
              {t('publicMarket.perJin', { price: pricePerJin(lot.price_per_kg) })}
            </Typography.Text>
          </div>
        </Flex>
        <Flex vertical gap={2}>
          <Typography.Text data-testid="public-lot-remaining">
            {t('publicMarket.remaining', {
              kg: formatMoney(lot.remaining_kg),
              jin: formatMoney(Number.isInteger(jin) ? String(jin) : jin.toFixed(2)),
            })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('publicMarket.bestBefore', { date: lot.best_before })}</Typography.Text>
          <Typography.Text type="secondary">{t('publicMarket.seller', { name: lot.seller_name })}</Typography.Text>
        </Flex>
        {lot.certifications.length > 0 && (
          <Flex vertical gap={2} className="public-certs">
            {lot.certifications.map((cert) => (
              <Typography.Text key={`${cert.cert_type}-${cert.number}`} className="small-text">
                <SafetyCertificateOutlined className="public-cert-icon" />{' '}
                {t('publicMarket.certificate', {
                  type: t(`certType.${cert.cert_type}`),
                  number: cert.number,
                  issuer: cert.issuer,
                })}
              </Typography.Text>
            ))}
          </Flex>
        )}
        <Button
          type="primary"
          size="large"
          block
          icon={<ShoppingCartOutlined />}
          onClick={() => onBuy(lot)}
          className="public-buy"
          data-testid="buy-lot"
        >
          {t('publicMarket.buy')}
        </Button>
      </Flex>
    </Card>
  );
}
