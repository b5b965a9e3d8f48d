import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Grid, List, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Certification, Lot } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { countyName } from '@/domain/counties';
import { businessToday, formatMoney } from '@/lib/format';
import { catalogueKey, fetchCatalogue } from '../market/api';
import { LotStatusTag } from '../market/StatusTags';
import { inForce } from './lots';

interface NoticeLotsProps {
  lots: Lot[];
}

/** The lots a notice covers, with what is left of each and the product's certificates in force. */
export function NoticeLots({ lots }: NoticeLotsProps) {
  const { t, i18n } = useTranslation('products');
  const catalogue = useQuery({
    queryKey: catalogueKey,
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: 5 * 60_000,
  });
  const today = businessToday();
  const certificates = new Map(
    (catalogue.data?.items ?? []).map((product) => [product.id, inForce(product.certifications, today)]),
  );
  const certText = (cert: Certification) =>
    [
      t(`certType.${cert.cert_type}`),
      cert.number,
      cert.issuer,
      cert.expires_on && t('catalogue.certExpires', { date: cert.expires_on }),
    ]
      .filter(Boolean)
      .join(' ');

  const county = (lot: Lot) => countyName(lot.county_code, i18n.language, lot.county_name);
  const certTags = (lot: Lot) => {
    const certs = certificates.get(lot.product_id) ?? [];
    if (certs.length === 0) return null;
    return (
      <Flex gap={4} wrap>
        {certs.map((cert) => (
          <Tooltip key={`${cert.cert_type}-${cert.number}`} title={certText(cert)}>
            <Tag color="blue">{t(`certType.${cert.cert_type}`)}</Tag>
          </Tooltip>
        ))}
      </Flex>
    );
  };
  const phone = !Grid.useBreakpoint().md;

  const columns: TableColumnsType<Lot> = [
    {
      title: t('market.board.product'),
      dataIndex: 'product_name',
      width: 140,
      render: (_, lot) => (
        <Flex gap={4} align="center" wrap>
          {lot.product_name}
          {lot.unsold && <Tag color="volcano">{t('market.unsold')}</Tag>}
        </Flex>
      ),
    },
    { title: t('market.board.seller'), dataIndex: 'seller_name', width: 190 },
    {
      title: t('market.board.county'),
      dataIndex: 'county_code',
      width: 100,
      render: (_, lot) => county(lot),
    },
    {
      title: t('market.lists.remaining'),
      dataIndex: 'remaining_kg',
      width: 150,
      align: 'right',
      render: (_, lot) => `${formatMoney(lot.remaining_kg)} / ${formatMoney(lot.quantity_kg)}`,
    },
    { title: t('market.board.floor'), dataIndex: 'floor_price_per_kg', width: 130, align: 'right' },
    { title: t('market.board.bestBefore'), dataIndex: 'best_before', width: 110 },
    {
      title: t('market.lists.status'),
      dataIndex: 'status',
      width: 100,
      render: (_, lot) => <LotStatusTag status={lot.status} />,
    },
    {
      title: t('catalogue.columns.certifications'),
      key: 'certifications',
      width: 150,
      render: (_, lot) => certTags(lot) ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  return (
    <Card title={t('notices.lots.title', { count: lots.length })} className="detail-card" data-testid="notice-lots">
      {catalogue.isError && <ErrorAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
      {phone ? (
        // A phone reads a lot as a card: eight columns would scroll sideways.
        <List
          dataSource={lots}
          rowKey={(lot) => lot.id}
          renderItem={(lot) => (
            <List.Item className="market-item">
              <Flex vertical gap={2} className="full-width">
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text strong>{lot.product_name}</Typography.Text>
                  <Flex gap={4}>
                    {lot.unsold && <Tag color="volcano">{t('market.unsold')}</Tag>}
                    <LotStatusTag status={lot.status} />
                  </Flex>
                </Flex>
                <Typography.Text type="secondary">
                  {lot.seller_name} · {county(lot)}
                </Typography.Text>
                <Typography.Text>
                  {t('market.myLots.remaining', {
                    remaining: formatMoney(lot.remaining_kg),
                    total: formatMoney(lot.quantity_kg),
                  })}
                  {' · '}
                  {t('market.myLots.floor', { price: lot.floor_price_per_kg })}
                </Typography.Text>
                <Typography.Text type="secondary" className="small-text">
                  {t('market.myLots.bestBefore', { date: lot.best_before })}
                </Typography.Text>
                {certTags(lot)}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<Lot>
          rowKey={(lot) => lot.id}
          columns={columns}
          dataSource={lots}
          pagination={false}
          size="small"
          scroll={{ x: 1050 }}
        />
      )}
    </Card>
  );
}
