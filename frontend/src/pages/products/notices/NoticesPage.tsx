import { Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Notice } from '@/api/models';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime } from '@/lib/format';
import { fetchNotices, NOTICE_STATUSES, noticesKey } from './api';
import { DraftNoticeButton } from './DraftNoticeButton';
import { NoticeStatusTag } from './NoticeStatusTag';
import { useScope } from './useScope';

/** 滞销公告: the notices staff may see (county staff: their county's and the city-wide ones), and a new draft
 * over lots on offer. */
export function NoticesPage() {
  const { t } = useTranslation('products');
  const scope = useScope();
  const columns: TableColumnsType<Notice> = [
    {
      title: t('notices.list.columns.title'),
      dataIndex: 'title',
      width: 260,
      fixed: 'left',
      render: (_, notice) => (
        <Link to={`/products/notices/${notice.id}`} data-testid="notice-link">
          {notice.title}
        </Link>
      ),
    },
    { title: t('notices.list.columns.scope'), dataIndex: 'county_code', width: 110, render: (_, n) => scope(n) },
    { title: t('notices.list.columns.lots'), dataIndex: 'lot_count', width: 80, align: 'right' },
    {
      title: t('notices.list.columns.status'),
      dataIndex: 'status',
      width: 90,
      render: (_, notice) => <NoticeStatusTag status={notice.status} />,
    },
    {
      title: t('notices.list.columns.createdAt'),
      dataIndex: 'created_at',
      width: 150,
      render: (_, n) => formatDateTime(n.created_at),
    },
    {
      title: t('notices.list.columns.publishedAt'),
      dataIndex: 'published_at',
      width: 150,
      render: (_, n) => formatDateTime(n.published_at) || <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('notices.list.columns.closedAt'),
      dataIndex: 'closed_at',
      width: 150,
      render: (_, n) => formatDateTime(n.closed_at) || <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];
  const exportColumns: ExportColumn<Notice>[] = [
    { header: t('notices.list.columns.title'), value: (n) => n.title },
    { header: t('notices.list.columns.scope'), value: scope },
    { header: t('notices.list.columns.lots'), value: (n) => n.lot_count },
    { header: t('notices.list.columns.status'), value: (n) => t(`notices.status.${n.status}`) },
    { header: t('notices.list.columns.createdAt'), value: (n) => formatDateTime(n.created_at) },
    { header: t('notices.list.columns.publishedAt'), value: (n) => formatDateTime(n.published_at) },
    { header: t('notices.list.columns.closedAt'), value: (n) => formatDateTime(n.closed_at) },
    { header: t('notices.list.columns.body'), value: (n) => n.body, width: 60 },
  ];
  return (
    <ListPage<Notice>
      title={t('notices.list.title')}
      description={t('notices.list.description')}
      queryKey={noticesKey}
      fetchPage={fetchNotices}
      filters={[
        { kind: 'search', name: 'q', placeholder: t('notices.list.search') },
        countyFilter(),
        {
          kind: 'select',
          name: 'status',
          placeholder: t('notices.list.columns.status'),
          options: NOTICE_STATUSES.map((s) => ({ value: s, label: t(`notices.status.${s}`) })),
        },
      ]}
      columns={columns}
      rowKey={(notice) => notice.id}
      exportColumns={exportColumns}
      exportName={t('notices.list.exportName')}
      actions={<DraftNoticeButton />}
      scrollX={990}
    />
  );
}
