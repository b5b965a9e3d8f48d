import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Platform } from '@/api/models';
import { useCurrentUser } from '@/auth/CurrentUser';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime } from '@/lib/format';
import { AddPlatformButton } from './AddPlatformButton';
import { fetchPlatforms, platformsKey } from './api';
import { canRecordProgramme, mayCorrect } from './roles';
import { useCatalogue } from './useCatalogue';

/** 青年电商服务平台: the platforms in each county and the featured products sold through them. */
export function PlatformsPage() {
  const { t, i18n } = useTranslation(['products', 'common']);
  const user = useCurrentUser();
  const { products } = useCatalogue();
  const county = (platform: Platform) => countyName(platform.county_code, i18n.language, platform.county_name);

  const columns: TableColumnsType<Platform> = [
    { title: t('platforms.columns.name'), dataIndex: 'name', width: 230, fixed: 'left' },
    { title: t('platforms.columns.county'), dataIndex: 'county_code', width: 150, render: (_, p) => county(p) },
    { title: t('platforms.columns.operator'), dataIndex: 'operator', width: 240 },
    {
      title: t('platforms.columns.products'),
      dataIndex: 'products',
      render: (_, platform) =>
        platform.products.length === 0 ? (
          <Typography.Text type="secondary">{t('platforms.noProducts')}</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {platform.products.map((product) => (
              <Tag key={product.id} color="green">
                {product.name}
              </Tag>
            ))}
          </Flex>
        ),
    },
  ];
  if (canRecordProgramme(user.role)) {
    columns.push({
      title: t('platforms.edit.column'),
      key: 'edit',
      width: 90,
      render: (_, platform) => mayCorrect(user, platform.county_code) && <AddPlatformButton platform={platform} />,
    });
  }

  const exportColumns: ExportColumn<Platform>[] = [
    { header: t('platforms.columns.name'), value: (p) => p.name },
    { header: t('platforms.columns.county'), value: county },
    { header: t('platforms.columns.operator'), value: (p) => p.operator },
    { header: t('platforms.columns.products'), value: (p) => p.products.map((product) => product.name).join('、') },
    { header: t('platforms.columns.createdAt'), value: (p) => formatDateTime(p.created_at) },
  ];

  return (
    <ListPage<Platform>
      title={t('platforms.title')}
      description={t('platforms.description')}
      queryKey={platformsKey}
      fetchPage={fetchPlatforms}
      filters={[
        countyFilter(),
        {
          kind: 'select',
          name: 'product_id',
          placeholder: t('platforms.filters.product'),
          options: products.map((p) => ({ value: p.id, label: p.name })),
        },
      ]}
      columns={columns}
      rowKey={(platform) => platform.id}
      exportColumns={exportColumns}
      exportName={t('platforms.exportName')}
      scrollX={990}
      actions={canRecordProgramme(user.role) && <AddPlatformButton />}
    />
  );
}
