import { CheckCircleFilled } from '@ant-design/icons';
import { Flex, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Certification, Product } from '@/api/models';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import { PRODUCT_CATEGORIES } from '@/domain/enums';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime } from '@/lib/format';
import { fetchProducts } from './api';
import { ProductVideos } from './programme/ProductVideos';
import { formatSeason } from './season';

export function ProductsPage() {
  const { t, i18n } = useTranslation(['products', 'common']);
  const language = i18n.language;
  const monthName = (month: number) =>
    dayjs(new Date(2000, month - 1, 1))
      .locale(language === 'en' ? 'en' : 'zh-cn')
      .format('MMM');
  const season = (product: Product) => formatSeason(product.season_months, monthName, t('catalogue.allYear'));
  const certType = (cert: Certification) => t(`certType.${cert.cert_type}`);
  const certText = (cert: Certification) =>
    [
      certType(cert),
      cert.number,
      cert.issuer,
      cert.expires_on ? t('catalogue.certExpires', { date: cert.expires_on }) : null,
      // Shown, but never counted among certified products.
      cert.expired ? t('videos.catalogue.certExpiredHint') : null,
    ]
      .filter(Boolean)
      .join(' ');
  const county = (product: Product) => countyName(product.county_code, language, product.county_name);

  const columns: TableColumnsType<Product> = [
    {
      title: t('catalogue.columns.name'),
      dataIndex: 'name',
      width: 160,
      fixed: 'left',
      render: (_, product) => (
        <Flex gap={6} align="center">
          {product.name}
          {product.brand && (
            <Tooltip title={t('catalogue.columns.brand')}>
              <CheckCircleFilled className="brand-mark" aria-label={t('catalogue.columns.brand')} />
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      title: t('catalogue.columns.category'),
      dataIndex: 'category',
      width: 90,
      render: (_, p) => t(`category.${p.category}`),
    },
    { title: t('catalogue.columns.county'), dataIndex: 'county_code', width: 160, render: (_, p) => county(p) },
    { title: t('catalogue.columns.unit'), dataIndex: 'unit', width: 80 },
    { title: t('catalogue.columns.season'), dataIndex: 'season_months', width: 150, render: (_, p) => season(p) },
    {
      title: t('catalogue.columns.certifications'),
      dataIndex: 'certifications',
      width: 150,
      render: (_, product) =>
        product.certifications.length === 0
          ? '—'
          : product.certifications.map((cert) => (
              <Tooltip key={`${cert.cert_type}-${cert.number}`} title={certText(cert)}>
                <Tag color={cert.expired ? 'default' : 'blue'} data-testid={cert.expired ? 'cert-expired' : 'cert'}>
                  {certType(cert)}
                  {cert.expired && ` · ${t('videos.catalogue.certExpired')}`}
                </Tag>
              </Tooltip>
            )),
    },
    { title: t('catalogue.columns.description'), dataIndex: 'description', ellipsis: { showTitle: true } },
  ];

  const exportColumns: ExportColumn<Product>[] = [
    { header: t('catalogue.columns.name'), value: (p) => p.name },
    { header: t('catalogue.columns.category'), value: (p) => t(`category.${p.category}`) },
    { header: t('catalogue.columns.county'), value: county },
    { header: t('catalogue.columns.unit'), value: (p) => p.unit },
    { header: t('catalogue.columns.season'), value: season },
    { header: t('catalogue.columns.brand'), value: (p) => (p.brand ? t('common:list.yes') : t('common:list.no')) },
    { header: t('catalogue.columns.certifications'), value: (p) => p.certifications.map(certText).join('；') },
    { header: t('catalogue.columns.description'), value: (p) => p.description },
    { header: t('catalogue.columns.createdAt'), value: (p) => formatDateTime(p.created_at) },
  ];

  return (
    <ListPage<Product>
      title={t('catalogue.title')}
      description={t('catalogue.description')}
      queryKey={['products', 'products']}
      fetchPage={fetchProducts}
      filters={[
        { kind: 'search', name: 'q', placeholder: t('catalogue.filters.q') },
        countyFilter(),
        {
          kind: 'select',
          name: 'category',
          placeholder: t('catalogue.filters.category'),
          options: PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) })),
        },
        {
          kind: 'select',
          name: 'brand',
          placeholder: t('catalogue.filters.brand'),
          options: [
            { value: 'yes', label: t('catalogue.brand.yes') },
            { value: 'no', label: t('catalogue.brand.no') },
          ],
        },
      ]}
      columns={columns}
      rowKey={(product) => product.id}
      exportColumns={exportColumns}
      exportName={t('catalogue.exportName')}
      expandable={{
        // The detail: what the cells cut short, each certificate in full (phones have no tooltips), the videos.
        expandedRowRender: (product) => (
          <Flex vertical gap={8}>
            <Typography.Paragraph>{product.description}</Typography.Paragraph>
            {product.certifications.map((cert) => (
              <Typography.Text key={cert.id} type={cert.expired ? 'secondary' : undefined}>
                {certText(cert)}
              </Typography.Text>
            ))}
            <ProductVideos productId={product.id} />
          </Flex>
        ),
      }}
      scrollX={1000}
    />
  );
}
