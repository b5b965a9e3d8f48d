import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { fetchInquiries, inquiriesKey } from './api';
import { InquiryItem } from './InquiryItem';

const LATEST = 10;

/** The latest inquiries a notice brought, and the way to all of them (with the export). */
export function NoticeInquiries({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation('products');
  const inquiries = useQuery({
    queryKey: [...inquiriesKey, 'notice', noticeId],
    queryFn: ({ signal }) => fetchInquiries({ limit: LATEST, offset: 0, filters: { notice_id: noticeId } }, signal),
  });
  const total = inquiries.data?.total ?? 0;
  return (
    <Card
      title={t('notices.inquiries.forNotice', { count: total })}
      className="detail-card"
      data-testid="notice-inquiries"
      extra={
        total > 0 && (
          <Link to={`/products/inquiries?notice_id=${noticeId}`}>{t('notices.inquiries.all', { count: total })}</Link>
        )
      }
    >
      {inquiries.isError && <ErrorAlert error={inquiries.error} onRetry={() => void inquiries.refetch()} />}
      {inquiries.isPending ? (
        <Skeleton active />
      ) : total > 0 ? (
        <List
          dataSource={inquiries.data?.items ?? []}
          rowKey={(inquiry) => inquiry.id}
          renderItem={(inquiry) => <InquiryItem inquiry={inquiry} showNotice={false} />}
        />
      ) : (
        !inquiries.isError && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notices.inquiries.noneYet')} />
        )
      )}
    </Card>
  );
}
