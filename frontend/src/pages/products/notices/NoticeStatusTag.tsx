import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticeStatus } from '@/api/models';

const COLOURS: Record<NoticeStatus, string> = { draft: 'orange', published: 'green', closed: 'default' };

export function NoticeStatusTag({ status }: { status: NoticeStatus }) {
  const { t } = useTranslation('products');
  return (
    <Tag color={COLOURS[status]} data-testid="notice-status" data-status={status}>
      {t(`notices.status.${status}`)}
    </Tag>
  );
}
