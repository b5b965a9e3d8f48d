import { RightOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicNotice } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { countyName } from '@/domain/counties';
import { fetchPublicNotices, publicNoticesKey } from './api';
import { PublicLayout } from './PublicLayout';
import { publishedOn } from './publishedOn';

const PAGE = 10;
/** Lots a card names before "and N more". */
const PREVIEW = 3;

function NoticeCard({ notice }: { notice: PublicNotice }) {
  const { t, i18n } = useTranslation('products');
  const more = notice.lots.length - PREVIEW;
  return (
    <Card className="public-notice-card" data-testid="public-notice">
      <Link to={`/market/${notice.id}`} className="public-notice-link">
        <Typography.Title level={4}>{notice.title}</Typography.Title>
        <Typography.Text type="secondary" className="small-text">
          {t('publicMarket.publishedOn', { date: publishedOn(notice.published_at) })}
        </Typography.Text>
        <Typography.Paragraph ellipsis={{ rows: 2 }} className="public-notice-excerpt">
          {notice.body}
        </Typography.Paragraph>
        {notice.lots.length > 0 ? (
          <ul className="public-lot-lines">
            {notice.lots.slice(0, PREVIEW).map((lot) => (
              <li key={lot.id}>
                <span className="public-lot-line-name">{lot.product_name}</span>
                <span className="public-lot-line-detail">
                  {countyName(lot.county_code, i18n.language, lot.county_name)}
                  {' · '}
                  {t('publicMarket.priceLine', { price: lot.price_per_kg })}
                </span>
              </li>
            ))}
            {more > 0 && <li className="muted">{t('publicMarket.moreLots', { count: notice.lots.length })}</li>}
          </ul>
        ) : (
          <Typography.Text type="secondary">{t('publicMarket.soldOut')}</Typography.Text>
        )}
        <Flex justify="flex-end" align="center" gap={4} className="public-notice-more">
          {t('publicMarket.open')} <RightOutlined />
        </Flex>
      </Link>
    </Card>
  );
}

/** /market, no login: the notices staff have published, newest first, for anyone who wants to buy. */
export function PublicNoticesPage() {
  const { t } = useTranslation('products');
  const notices = useInfiniteQuery({
    queryKey: publicNoticesKey,
    queryFn: ({ pageParam, signal }) => fetchPublicNotices({ limit: PAGE, offset: pageParam }, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
  });
  const items = notices.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <PublicLayout>
      <section className="public-hero">
        <Typography.Title level={2}>{t('publicMarket.title')}</Typography.Title>
        <Typography.Paragraph>{t('publicMarket.intro')}</Typography.Paragraph>
      </section>
      {notices.isError && <ErrorAlert error={notices.error} onRetry={() => void notices.refetch()} />}
      {notices.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : items.length > 0 ? (
        <Flex vertical gap={12}>
          {items.map((notice) => (
            <NoticeCard key={notice.id} notice={notice} />
          ))}
          {notices.hasNextPage && (
            <Button
              block
              size="large"
              loading={notices.isFetchingNextPage}
              onClick={() => void notices.fetchNextPage()}
            >
              {t('publicMarket.loadMore')}
            </Button>
          )}
        </Flex>
      ) : (
        !notices.isError && (
          <Card>
            <Empty description={t('publicMarket.empty')} />
          </Card>
        )
      )}
    </PublicLayout>
  );
}
