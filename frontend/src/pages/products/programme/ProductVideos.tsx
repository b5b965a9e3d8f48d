import { useQuery } from '@tanstack/react-query';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatNumber } from '@/lib/format';
import { fetchProductVideos, videosKey } from './api';
import { VideoLink } from './VideoLink';

/** A featured product's promotion videos, newest first: the catalogue row's detail. */
export function ProductVideos({ productId }: { productId: string }) {
  const { t, i18n } = useTranslation('products');
  const videos = useQuery({
    queryKey: [...videosKey, 'product', productId],
    queryFn: ({ signal }) => fetchProductVideos(productId, signal),
  });
  if (videos.isError) return <ErrorAlert error={videos.error} onRetry={() => void videos.refetch()} />;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('videos.catalogue.heading')}</Typography.Text>}
      loading={videos.isPending}
      dataSource={videos.data?.items ?? []}
      locale={{ emptyText: t('videos.catalogue.none') }}
      data-testid="product-videos"
      renderItem={(video) => (
        <List.Item actions={[<VideoLink key="watch" video={video} />]}>
          <List.Item.Meta
            title={video.title}
            description={`${video.shot_on} · ${t('videos.columns.views')} ${formatNumber(video.views, i18n.language)}`}
          />
        </List.Item>
      )}
    />
  );
}
