import { ExportOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Flex, Grid, Result, Row, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { NoticeDetail } from '@/api/models';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { formatDateTime } from '@/lib/format';
import { BackLink } from '../../loans/BackLink';
import { TransitionTimeline } from '../TransitionTimeline';
import { fetchNotice, noticeKey } from './api';
import { isOnOffer } from './lots';
import { NoticeActions } from './NoticeActions';
import { NoticeInquiries } from './NoticeInquiries';
import { NoticeLots } from './NoticeLots';
import { NoticeStatusTag } from './NoticeStatusTag';
import { useScope } from './useScope';

const publicPath = (id: string) => `/market/${id}`;

/** One notice for staff: what it says, its lots, the inquiries it brought, its history, and publish or close. */
export function NoticePage() {
  const { t } = useTranslation('products');
  const { id = '' } = useParams();
  const back = <BackLink to="/products/notices" label={t('notices.detail.back')} />;
  const notice = useQuery({ queryKey: noticeKey(id), queryFn: ({ signal }) => fetchNotice(id, signal) });

  if (notice.error instanceof ApiError && (notice.error.status === 404 || notice.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={t('notices.detail.notFound')} />
      </>
    );
  }
  if (notice.isError) return <ErrorAlert error={notice.error} onRetry={() => void notice.refetch()} />;
  if (!notice.data) return <Skeleton active />;
  return <NoticeView notice={notice.data} back={back} />;
}

function NoticeView({ notice, back }: { notice: NoticeDetail; back: ReactNode }) {
  const { t } = useTranslation('products');
  const phone = !Grid.useBreakpoint().lg;
  const scope = useScope();
  const nothingOnOffer = !notice.lots.some((lot) => isOnOffer(lot.status));
  const published = notice.status === 'published';
  const publicUrl = `${window.location.origin}${publicPath(notice.id)}`;

  // What to do next comes first on a phone; beside the history on a wide screen.
  const actions = (
    <Card title={t('notices.detail.actions')} className="detail-card">
      {notice.allowed_actions.length > 0 ? (
        <NoticeActions notice={notice} nothingOnOffer={nothingOnOffer} />
      ) : (
        <Typography.Text type="secondary">
          {notice.status === 'closed' ? t('notices.detail.closedNoActions') : t('notices.detail.notYours')}
        </Typography.Text>
      )}
      {published && (
        <Flex vertical gap={4} className="notice-public-link">
          <Typography.Text type="secondary" className="small-text">
            {t('notices.detail.publicLinkHint')}
          </Typography.Text>
          <Typography.Text copyable={{ text: publicUrl }} className="mono small-text" data-testid="public-url">
            {publicUrl}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );

  const info = (
    <Card title={t('notices.detail.info')} className="detail-card">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'scope', label: t('notices.list.columns.scope'), children: scope(notice) },
          { key: 'lots', label: t('notices.detail.lotCount'), children: notice.lot_count },
          { key: 'created', label: t('notices.list.columns.createdAt'), children: formatDateTime(notice.created_at) },
          {
            key: 'published',
            label: t('notices.list.columns.publishedAt'),
            children: formatDateTime(notice.published_at) || '—',
          },
          {
            key: 'closed',
            label: t('notices.list.columns.closedAt'),
            children: formatDateTime(notice.closed_at) || '—',
          },
        ]}
      />
    </Card>
  );

  return (
    <div className="detail-page" data-testid="notice-page">
      {back}
      <PageHeader
        title={notice.title}
        extra={
          published && (
            <Button
              href={publicPath(notice.id)}
              target="_blank"
              rel="noopener"
              icon={<ExportOutlined />}
              data-testid="open-public"
            >
              {t('notices.detail.publicPage')}
            </Button>
          )
        }
      />
      <Flex gap={8} align="center" wrap className="detail-status">
        <NoticeStatusTag status={notice.status} />
        <Typography.Text type="secondary">{scope(notice)}</Typography.Text>
      </Flex>
      {/* The lots take the page's width (eight columns); what to do next comes first on a phone. */}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            {phone && actions}
            <Card title={t('notices.detail.body')} className="detail-card">
              <Typography.Paragraph className="pre-wrap notice-body">{notice.body}</Typography.Paragraph>
            </Card>
          </Flex>
        </Col>
        {!phone && <Col lg={9}>{actions}</Col>}
        <Col span={24}>
          <NoticeLots lots={notice.lots} />
        </Col>
        <Col xs={24} lg={15}>
          <NoticeInquiries noticeId={notice.id} />
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={16}>
            {info}
            <TransitionTimeline
              title={t('notices.history.title')}
              empty={t('notices.history.empty', { date: formatDateTime(notice.created_at) })}
              transitions={notice.transitions.map((step) => ({ ...step, actor_subject: null, reason: null }))}
              actionLabel={(step) => t(`notices.action.${step.action}`)}
              statusTag={(status) => <NoticeStatusTag status={status} />}
              destructive={(action) => action === 'close'}
              testId="notice-history"
            />
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
