import { EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Demand, Match } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { formatMoney } from '@/lib/format';
import { fetchDemand, fetchMatches, marketKey } from '../api';
import { EditDemandModal } from '../EditDemandModal';
import { MatchReasons } from '../MatchReasons';
import { ProposeDealModal } from '../ProposeDealModal';
import { DemandStatusTag } from '../StatusTags';
import { useDemandSubject } from './MyDemandsPage';

const OPEN: readonly Demand['status'][] = ['open', 'partly_filled'];

function MatchItem({ match, demand, onPropose }: { match: Match; demand: Demand; onPropose: () => void }) {
  const { t, i18n } = useTranslation('products');
  return (
    <List.Item className="market-item" data-testid="offer">
      <Flex vertical gap={6} className="full-width">
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong ellipsis>
            {match.product_name}
          </Typography.Text>
          <Tag color="geekblue" data-testid="offer-score">
            {t('market.offers.score', { score: Math.round(match.score * 100) })}
          </Tag>
        </Flex>
        <Typography.Text type="secondary">
          {match.seller_name} · {countyName(match.county_code, i18n.language, match.county_name)}
        </Typography.Text>
        <Typography.Text>
          {t('market.offers.available', { kg: formatMoney(match.remaining_kg) })} ·{' '}
          {t('market.perKg', { price: match.floor_price_per_kg })}
        </Typography.Text>
        <MatchReasons match={match} from={demand.wanted_from} />
        {OPEN.includes(demand.status) && (
          <Button block onClick={onPropose} data-testid="propose-deal">
            {t('market.offers.propose')}
          </Button>
        )}
      </Flex>
    </List.Item>
  );
}

/** 推荐货源: one of the buyer's demands and the lots that fit it, best first, each with its reasons. */
export function DemandOffersPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('products');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const subject = useDemandSubject();
  const [proposing, setProposing] = useState<Match | null>(null);
  const [editing, setEditing] = useState(false);
  const demand = useQuery({
    queryKey: [...marketKey, 'demand', id],
    queryFn: ({ signal }) => fetchDemand(id, signal),
  });
  const matches = useQuery({
    queryKey: [...marketKey, 'matches', id],
    queryFn: ({ signal }) => fetchMatches(id, signal),
    // A demand no longer wanted has no offers to show.
    enabled: demand.isSuccess && OPEN.includes(demand.data.status),
  });

  let body;
  if (demand.isError) body = <ErrorAlert error={demand.error} onRetry={() => void demand.refetch()} />;
  else if (demand.isPending) body = <Skeleton active />;
  else {
    const d = demand.data;
    body = (
      <Flex vertical gap={16}>
        <Card size="small" className="detail-card" data-testid="demand-summary">
          <Flex vertical gap={4}>
            <Flex justify="space-between" align="center" gap={8}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{subject(d)}</Typography.Text>
                <DemandStatusTag status={d.status} />
              </Flex>
              {d.allowed_actions.includes('edit') && (
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-demand">
                  {t('market.edit.action')}
                </Button>
              )}
            </Flex>
            <Typography.Text>
              {t('market.myDemands.remaining', {
                remaining: formatMoney(d.remaining_kg),
                total: formatMoney(d.quantity_kg),
              })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('market.myDemands.ceiling', { price: d.ceiling_price_per_kg })} ·{' '}
              {t('market.myDemands.window', { from: d.wanted_from, until: d.wanted_until })}
            </Typography.Text>
          </Flex>
        </Card>
        {!OPEN.includes(d.status) && <Alert type="info" showIcon message={t('market.offers.notOpen')} />}
        {OPEN.includes(d.status) && (
          <Card size="small" title={t('market.offers.title')} className="detail-card">
            {matches.isError && <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />}
            {matches.isPending ? (
              <Skeleton active />
            ) : matches.data && matches.data.items.length > 0 ? (
              <List
                dataSource={matches.data.items}
                rowKey={(match) => match.lot_id}
                renderItem={(match) => <MatchItem match={match} demand={d} onPropose={() => setProposing(match)} />}
              />
            ) : (
              !matches.isError && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('market.offers.empty')} />
            )}
          </Card>
        )}
        <EditDemandModal demand={d} open={editing} onClose={() => setEditing(false)} />
        <ProposeDealModal
          demand={d}
          match={proposing}
          onClose={() => setProposing(null)}
          onProposed={() => {
            void message.success(t('market.offers.proposed'));
            void queryClient.invalidateQueries({ queryKey: marketKey });
          }}
        />
      </Flex>
    );
  }

  return (
    <div className="phone-page" data-testid="demand-offers">
      <PageHeader
        title={t('market.offers.title')}
        description={t('market.offers.description')}
        extra={<Button onClick={() => void navigate('/products/my/demands')}>{t('market.back')}</Button>}
      />
      {body}
    </div>
  );
}
