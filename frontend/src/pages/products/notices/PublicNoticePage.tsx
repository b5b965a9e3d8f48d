import { ArrowLeftOutlined, MessageOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicLot, PublicNotice } from '@/api/models';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { fetchPublicNotice, publicNoticesKey } from './api';
import { InquiryModal, type Contact } from './InquiryModal';
import { PublicLayout } from './PublicLayout';
import { PublicLotCard } from './PublicLotCard';
import { publishedOn } from './publishedOn';

/** /market/:id, no login: one published notice, its lots on offer, and "我要采购" for a lot or the notice. */
export function PublicNoticePage() {
  const { t } = useTranslation('products');
  const { id = '' } = useParams();
  const notice = useQuery({
    queryKey: [...publicNoticesKey, id],
    queryFn: ({ signal }) => fetchPublicNotice(id, signal),
  });
  const gone = notice.error instanceof ApiError && (notice.error.status === 404 || notice.error.status === 422);

  let body;
  if (gone) {
    body = (
      <div data-testid="public-notice-gone">
        <Result
          status="info"
          title={t('publicMarket.notFound')}
          extra={
            <Link to="/market">
              <Button type="primary">{t('publicMarket.back')}</Button>
            </Link>
          }
        />
      </div>
    );
  } else if (notice.isError) body = <ErrorAlert error={notice.error} onRetry={() => void notice.refetch()} />;
  else if (!notice.data) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else body = <NoticeView notice={notice.data} />;

  return (
    <PublicLayout>
      <Link to="/market" className="back-link">
        <ArrowLeftOutlined /> {t('publicMarket.back')}
      </Link>
      {body}
    </PublicLayout>
  );
}

function NoticeView({ notice }: { notice: PublicNotice }) {
  const { t } = useTranslation('products');
  const [open, setOpen] = useState(false);
  // The lot asked about; null: the whole notice.
  const [lot, setLot] = useState<PublicLot | null>(null);
  const [contact, setContact] = useState<Contact | null>(null);
  const ask = (chosen: PublicLot | null) => {
    setLot(chosen);
    setOpen(true);
  };

  // What WeChat shows when the link is shared on: the notice's title.
  useEffect(() => {
    const before = document.title;
    document.title = `${notice.title} · ${t('publicMarket.title')}`;
    return () => {
      document.title = before;
    };
  }, [notice.title, t]);

  return (
    <>
      <article className="public-notice" data-testid="public-notice-page">
        <Typography.Title level={3}>{notice.title}</Typography.Title>
        <Typography.Text type="secondary">
          {t('publicMarket.publishedOn', { date: publishedOn(notice.published_at) })}
          {' · '}
          {t('publicMarket.lotCount', { count: notice.lots.length })}
        </Typography.Text>
        <Typography.Paragraph className="pre-wrap public-notice-body">{notice.body}</Typography.Paragraph>
      </article>
      <Typography.Title level={4} className="public-section-title">
        {t('publicMarket.lots')}
      </Typography.Title>
      <Flex vertical gap={12}>
        {notice.lots.length === 0 ? (
          <Alert type="info" showIcon message={t('publicMarket.noLotsOnOffer')} />
        ) : (
          notice.lots.map((l) => <PublicLotCard key={l.id} lot={l} onBuy={ask} />)
        )}
        <Card size="small" className="public-ask-all">
          <Flex vertical gap={8}>
            <Typography.Text>{t('publicMarket.askAllHint')}</Typography.Text>
            <Button size="large" block icon={<MessageOutlined />} onClick={() => ask(null)} data-testid="buy-notice">
              {t('publicMarket.buyAll')}
            </Button>
          </Flex>
        </Card>
      </Flex>
      <InquiryModal
        notice={notice}
        lot={lot}
        open={open}
        contact={contact}
        onClose={() => setOpen(false)}
        onSent={setContact}
        onAskNotice={() => setLot(null)}
      />
    </>
  );
}
