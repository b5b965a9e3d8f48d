import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Grid, List, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Inquiry } from '@/api/models';
import { useCurrentUser } from '@/auth/CurrentUser';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ListPage } from '@/components/list/ListPage';
import { PageHeader } from '@/components/PageHeader';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatDateTime, formatMoney } from '@/lib/format';
import { fetchInquiries, fetchRecentNotices, inquiriesKey, noticesKey } from './api';
import { InquiryItem, InquirySummary } from './InquiryItem';

/** 购买意向: staff see their county's as a list to filter and export; a seller sees those on their lots on a
 * phone, each with the number to call back. */
export function InquiriesPage() {
  const user = useCurrentUser();
  return user.role === 'entrepreneur' ? <SellerInquiries /> : <StaffInquiries />;
}

function StaffInquiries() {
  const { t } = useTranslation('products');
  const notices = useQuery({
    queryKey: [...noticesKey, 'recent'],
    queryFn: ({ signal }) => fetchRecentNotices(signal),
  });
  const subject = (inquiry: Inquiry) => inquiry.product_name ?? t('notices.inquiries.wholeNotice');
  // A phone reads each inquiry as a card (whom to call and about what), not eight columns to scroll.
  const phone = !Grid.useBreakpoint().md;
  const cards: TableColumnsType<Inquiry> = [
    {
      title: t('notices.inquiries.title'),
      key: 'inquiry',
      render: (_, inquiry) => <InquirySummary inquiry={inquiry} />,
    },
  ];
  const columns: TableColumnsType<Inquiry> = [
    { title: t('notices.inquiries.columns.name'), dataIndex: 'name', width: 110, fixed: 'left' },
    {
      title: t('notices.inquiries.columns.createdAt'),
      dataIndex: 'created_at',
      width: 140,
      render: (_, inquiry) => formatDateTime(inquiry.created_at),
    },
    {
      title: t('notices.inquiries.columns.organisation'),
      dataIndex: 'organisation',
      width: 160,
      render: (_, inquiry) => inquiry.organisation ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('notices.inquiries.columns.mobile'),
      dataIndex: 'mobile',
      width: 120,
      render: (_, inquiry) => <span className="mono">{inquiry.mobile}</span>,
    },
    {
      title: t('notices.inquiries.columns.product'),
      dataIndex: 'product_name',
      width: 100,
      render: (_, i) => subject(i),
    },
    {
      title: t('notices.inquiries.columns.seller'),
      dataIndex: 'seller_name',
      width: 200,
      render: (_, i) =>
        i.seller_id ? (
          <Link to={`/products/sellers/${i.seller_id}`}>
            {i.seller_name}（{i.county_name}）
          </Link>
        ) : (
          '—'
        ),
    },
    {
      title: t('notices.inquiries.columns.quantity'),
      dataIndex: 'quantity_kg',
      width: 140,
      align: 'right',
      render: (_, inquiry) => formatMoney(inquiry.quantity_kg) || '—',
    },
    {
      title: t('notices.inquiries.columns.message'),
      dataIndex: 'message',
      width: 240,
      ellipsis: { showTitle: true },
    },
    {
      title: t('notices.inquiries.columns.notice'),
      dataIndex: 'notice_title',
      width: 200,
      render: (_, inquiry) => <Link to={`/products/notices/${inquiry.notice_id}`}>{inquiry.notice_title}</Link>,
    },
  ];
  const exportColumns: ExportColumn<Inquiry>[] = [
    { header: t('notices.inquiries.columns.createdAt'), value: (i) => formatDateTime(i.created_at) },
    { header: t('notices.inquiries.columns.name'), value: (i) => i.name },
    { header: t('notices.inquiries.columns.organisation'), value: (i) => i.organisation },
    { header: t('notices.inquiries.columns.mobile'), value: (i) => i.mobile },
    { header: t('notices.inquiries.columns.product'), value: subject },
    { header: t('notices.inquiries.columns.seller'), value: (i) => i.seller_name },
    { header: t('notices.inquiries.columns.county'), value: (i) => i.county_name },
    { header: t('notices.inquiries.columns.quantity'), value: (i) => decimal(i.quantity_kg), format: '#,##0.00' },
    { header: t('notices.inquiries.columns.notice'), value: (i) => i.notice_title },
    { header: t('notices.inquiries.columns.message'), value: (i) => i.message, width: 60 },
  ];
  return (
    <ListPage<Inquiry>
      title={t('notices.inquiries.title')}
      description={t('notices.inquiries.staffDescription')}
      queryKey={inquiriesKey}
      fetchPage={fetchInquiries}
      filters={[
        {
          kind: 'select',
          name: 'notice_id',
          placeholder: t('notices.inquiries.noticeFilter'),
          options: (notices.data?.items ?? []).map((notice) => ({
            value: notice.id,
            label: `${notice.title}（${t(`notices.status.${notice.status}`)}）`,
          })),
        },
      ]}
      columns={phone ? cards : columns}
      rowKey={(inquiry) => inquiry.id}
      exportColumns={exportColumns}
      exportName={t('notices.inquiries.exportName')}
      scrollX={phone ? 300 : 1410}
    />
  );
}

const PAGE = 20;

function SellerInquiries() {
  const { t } = useTranslation('products');
  const [page, setPage] = useState(1);
  const inquiries = useQuery({
    queryKey: [...inquiriesKey, 'mine', page],
    queryFn: ({ signal }) => fetchInquiries({ limit: PAGE, offset: (page - 1) * PAGE, filters: {} }, signal),
    placeholderData: keepPreviousData,
  });
  const total = inquiries.data?.total ?? 0;
  return (
    <div className="phone-page" data-testid="my-inquiries">
      <PageHeader title={t('notices.inquiries.title')} description={t('notices.inquiries.sellerDescription')} />
      <Card size="small" className="detail-card">
        {inquiries.isError && <ErrorAlert error={inquiries.error} onRetry={() => void inquiries.refetch()} />}
        {!inquiries.isError && (total > 0 || inquiries.isPending) ? (
          <List
            loading={inquiries.isFetching}
            dataSource={inquiries.data?.items ?? []}
            rowKey={(inquiry) => inquiry.id}
            renderItem={(inquiry) => <InquiryItem inquiry={inquiry} />}
            pagination={
              total > PAGE && {
                current: page,
                pageSize: PAGE,
                total,
                onChange: setPage,
                simple: true,
                align: 'center',
              }
            }
          />
        ) : (
          !inquiries.isError && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notices.inquiries.empty')} />
          )
        )}
      </Card>
    </div>
  );
}
