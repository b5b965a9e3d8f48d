import { Button, Flex, Progress, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pairing } from '@/api/models';
import { useCurrentUser } from '@/auth/CurrentUser';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatDateTime, formatMoney } from '@/lib/format';
import { fetchPairings, pairingsKey } from './api';
import { CreatePairingButton } from './CreatePairingButton';
import { fundsProgress } from './funds';
import { RecordFundsModal } from './RecordFundsModal';
import { canRecordProgramme } from './roles';
import { yearsSince } from './years';

/** The first batch of pairings was made in 2020; the filter offers a few years before it too. */
const FIRST_YEAR = 2018;

/** 万企帮万村: each enterprise paired with a poor village, the funds pledged and how much has arrived. */
export function PairingsPage() {
  const { t, i18n } = useTranslation(['products', 'common']);
  const user = useCurrentUser();
  const [recording, setRecording] = useState<Pairing | null>(null);
  const [open, setOpen] = useState(false);
  const county = (pairing: Pairing) => countyName(pairing.county_code, i18n.language, pairing.county_name);
  const progress = (pairing: Pairing) => fundsProgress(pairing.funds_pledged, pairing.funds_received);

  const columns: TableColumnsType<Pairing> = [
    { title: t('pairings.columns.enterprise'), dataIndex: 'enterprise', width: 200, fixed: 'left' },
    {
      title: t('pairings.columns.village'),
      dataIndex: 'village',
      width: 190,
      render: (_, pairing) => (
        <Flex vertical>
          {pairing.village}
          <Typography.Text type="secondary">
            {county(pairing)} · {pairing.town}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('pairings.columns.pairedOn'), dataIndex: 'paired_on', width: 110 },
    {
      title: t('pairings.columns.pledged'),
      dataIndex: 'funds_pledged',
      width: 130,
      align: 'right',
      render: (_, pairing) => formatMoney(pairing.funds_pledged),
    },
    {
      title: t('pairings.columns.received'),
      dataIndex: 'funds_received',
      width: 130,
      align: 'right',
      render: (_, pairing) => formatMoney(pairing.funds_received),
    },
    {
      title: t('pairings.columns.progress'),
      key: 'progress',
      width: 170,
      render: (_, pairing) => {
        const percent = progress(pairing);
        return percent === null ? (
          <Typography.Text type="secondary">{t('pairings.noPledge')}</Typography.Text>
        ) : (
          <Progress
            percent={Math.min(percent, 100)}
            format={() => `${percent}%`}
            status={percent >= 100 ? 'success' : 'normal'}
            size="small"
            data-testid="pairing-progress"
          />
        );
      },
    },
    ...(canRecordProgramme(user.role)
      ? [
          {
            title: t('pairings.columns.actions'),
            key: 'actions',
            width: 110,
            render: (_: unknown, pairing: Pairing) => (
              <Button
                size="small"
                onClick={() => {
                  setRecording(pairing);
                  setOpen(true);
                }}
                data-testid="record-funds"
              >
                {t('pairings.funds.button')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const exportColumns: ExportColumn<Pairing>[] = [
    { header: t('pairings.columns.enterprise'), value: (p) => p.enterprise },
    { header: t('pairings.columns.county'), value: county },
    { header: t('pairings.columns.town'), value: (p) => p.town },
    { header: t('pairings.columns.village'), value: (p) => p.village },
    { header: t('pairings.columns.pairedOn'), value: (p) => p.paired_on },
    { header: t('pairings.columns.pledged'), value: (p) => decimal(p.funds_pledged), format: '#,##0.00' },
    { header: t('pairings.columns.received'), value: (p) => decimal(p.funds_received), format: '#,##0.00' },
    {
      header: t('pairings.columns.progress'),
      value: (p) => {
        const percent = progress(p);
        return percent === null ? null : percent / 100;
      },
      format: '0.0%',
    },
    { header: t('pairings.columns.createdAt'), value: (p) => formatDateTime(p.created_at) },
  ];

  return (
    <>
      <ListPage<Pairing>
        title={t('pairings.title')}
        description={t('pairings.description')}
        queryKey={pairingsKey}
        fetchPage={fetchPairings}
        filters={[
          countyFilter(),
          {
            kind: 'select',
            name: 'year',
            placeholder: t('pairings.filters.year'),
            options: yearsSince(FIRST_YEAR).map((year) => ({ value: String(year), label: String(year) })),
          },
        ]}
        columns={columns}
        rowKey={(pairing) => pairing.id}
        exportColumns={exportColumns}
        exportName={t('pairings.exportName')}
        scrollX={1050}
        actions={canRecordProgramme(user.role) && <CreatePairingButton />}
      />
      <RecordFundsModal pairing={recording} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
