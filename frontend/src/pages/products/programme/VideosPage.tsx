import { Grid, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Video } from '@/api/models';
import { useCurrentUser } from '@/auth/CurrentUser';
import { ListPage } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime, formatNumber } from '@/lib/format';
import { AddVideoButton } from './AddVideoButton';
import { fetchVideos, videosKey } from './api';
import { canRecordProgramme, mayCorrect } from './roles';
import { useCatalogue } from './useCatalogue';
import { VideoLink } from './VideoLink';
import { yearsSince } from './years';

/** The brand programme has shot videos since 2017; the filter reaches a little further back. */
const FIRST_YEAR = 2015;

/** 山生山世·星计划 推介视频: every promotion video, with its product, newest first. */
export function VideosPage() {
  const { t, i18n } = useTranslation(['products', 'common']);
  const user = useCurrentUser();
  const phone = !Grid.useBreakpoint().md;
  const { products, productName } = useCatalogue();
  const product = (video: Video) => (video.product_id ? (productName(video.product_id) ?? '') : t('videos.brand'));

  const columns: TableColumnsType<Video> = [
    {
      title: t('videos.columns.title'),
      dataIndex: 'title',
      width: 260,
      fixed: 'left',
      // On a phone the link column is off the screen: the title opens the video there.
      render: (_, video) => (phone ? <VideoLink video={video}>{video.title}</VideoLink> : video.title),
    },
    {
      title: t('videos.columns.product'),
      dataIndex: 'product_id',
      width: 140,
      render: (_, video) => (video.product_id ? product(video) : <Tag color="red">{t('videos.brand')}</Tag>),
    },
    { title: t('videos.columns.shotOn'), dataIndex: 'shot_on', width: 110 },
    {
      title: t('videos.columns.views'),
      dataIndex: 'views',
      width: 100,
      align: 'right',
      render: (_, video) => formatNumber(video.views, i18n.language),
    },
    {
      title: t('videos.columns.link'),
      dataIndex: 'url',
      width: 100,
      render: (_, video) => <VideoLink video={video} />,
    },
  ];
  const countyOf = (video: Video) => products.find((p) => p.id === video.product_id)?.county_code ?? null;
  if (canRecordProgramme(user.role)) {
    columns.push({
      title: t('videos.edit.column'),
      key: 'edit',
      width: 90,
      render: (_, video) => mayCorrect(user, countyOf(video)) && <AddVideoButton video={video} />,
    });
  }

  const exportColumns: ExportColumn<Video>[] = [
    { header: t('videos.columns.title'), value: (v) => v.title },
    { header: t('videos.columns.product'), value: product },
    { header: t('videos.columns.shotOn'), value: (v) => v.shot_on },
    { header: t('videos.columns.views'), value: (v) => v.views, format: '#,##0' },
    { header: t('videos.columns.link'), value: (v) => v.url },
    { header: t('videos.columns.createdAt'), value: (v) => formatDateTime(v.created_at) },
  ];

  return (
    <ListPage<Video>
      title={t('videos.title')}
      description={t('videos.description')}
      queryKey={videosKey}
      fetchPage={fetchVideos}
      filters={[
        {
          kind: 'select',
          name: 'year',
          placeholder: t('videos.filters.year'),
          options: yearsSince(FIRST_YEAR).map((year) => ({ value: String(year), label: String(year) })),
        },
        {
          kind: 'select',
          name: 'product_id',
          placeholder: t('videos.filters.product'),
          options: products.map((p) => ({ value: p.id, label: p.name })),
        },
      ]}
      columns={columns}
      rowKey={(video) => video.id}
      exportColumns={exportColumns}
      exportName={t('videos.exportName')}
      scrollX={800}
      actions={canRecordProgramme(user.role) && <AddVideoButton />}
    />
  );
}
