import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Descriptions, Flex, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { fetchLprInForce } from './api';

/** Which fixing applies on a given date: the latest one effective on or before it. */
export function LprInForce() {
  const { t } = useTranslation('loans');
  const [date, setDate] = useState<Dayjs | null>(null);
  const on = date?.format('YYYY-MM-DD');
  const lookup = useQuery({
    queryKey: ['loans', 'lpr', 'in-force', on],
    queryFn: () => fetchLprInForce(on ?? ''),
    enabled: on !== undefined,
    retry: false,
  });

  return (
    <Card className="lookup-card" title={t('lpr.inForce.title')} size="small">
      <Flex wrap gap={16} align="center">
        <DatePicker
          value={date}
          onChange={setDate}
          placeholder={t('lpr.inForce.datePlaceholder')}
          aria-label={t('lpr.inForce.date')}
          data-testid="lpr-date"
        />
        {lookup.data && (
          <Flex vertical gap={4} data-testid="lpr-in-force">
            <Typography.Text type="secondary">
              {t('lpr.inForce.result', { date: on, effectiveDate: lookup.data.effective_date })}
            </Typography.Text>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                { key: '1y', label: t('lpr.columns.lpr1y'), children: `${lookup.data.lpr_1y_pct}%` },
                { key: '5y', label: t('lpr.columns.lpr5y'), children: `${lookup.data.lpr_5y_pct}%` },
              ]}
            />
          </Flex>
        )}
      </Flex>
      {lookup.isError && <ErrorAlert error={lookup.error} />}
    </Card>
  );
}
