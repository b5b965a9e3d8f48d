import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Match } from '@/api/models';
import { businessToday } from '@/lib/format';
import { matchReasons } from './reasons';

/** Why a lot ranks where it does, as tags: 数量满足 90%、价格低于上限 12%、距离 35 公里… */
export function MatchReasons({ match, from }: { match: Match; from?: string }) {
  const { t } = useTranslation('products');
  const today = businessToday();
  // Days to best-before count from when delivery can start: today, or the demand's first day if later.
  const start = from && from > today ? from : today;
  return (
    <Flex gap={4} wrap data-testid="match-reasons">
      {matchReasons(match, start).map((reason) => (
        <Tag key={reason.key} color={reason.good ? 'green' : undefined} className="reason-tag">
          {t(`market.reason.${reason.key}`, reason.values)}
        </Tag>
      ))}
    </Flex>
  );
}
