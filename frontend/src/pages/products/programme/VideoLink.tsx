import { PlayCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Video } from '@/api/models';
import { safeLink } from './links';

interface VideoLinkProps {
  video: Video;
  /** What the link reads; by default "▷ 观看". */
  children?: ReactNode;
}

/** A video's link: opens in a new tab, which gets no hold on the console (noopener). */
export function VideoLink({ video, children }: VideoLinkProps) {
  const { t } = useTranslation('products');
  const href = safeLink(video.url);
  if (!href) return children ?? <Typography.Text type="secondary">{video.url}</Typography.Text>;
  return (
    <Typography.Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      data-testid={children ? 'video-title-link' : 'video-link'}
    >
      {children ?? (
        <>
          <PlayCircleOutlined /> {t('videos.watch')}
        </>
      )}
    </Typography.Link>
  );
}
