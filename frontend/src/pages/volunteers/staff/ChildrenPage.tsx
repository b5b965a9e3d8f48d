import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Progress, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatError } from '@/api/problem';
import { useCurrentUser } from '@/auth/CurrentUser';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { useListParams } from '@/components/list/useListParams';
import { exportFileName } from '@/export/sheet';
import { fetchCampOptions } from './api';
import { CreateChildButton } from './CreateChildButton';
import { childrenKey, downloadChildren, fetchChildren } from './peopleApi';
import { RetentionButton } from './RetentionButton';
import { percent } from './tenOnes';
import type { ChildSummary } from './types';
import './staff.css';

/** 留守儿童: the camps' children, searchable by name and filtered by camp and county; never the guardian's
 * phone here (only a child's own page shows it). The export is the server's, with names masked. */
export function ChildrenPage() {
  const { t } = useTranslation(['volunteers', 'common']);
  const { message } = App.useApp();
  const { filters } = useListParams();
  const user = useCurrentUser();
  const [exporting, setExporting] = useState(false);
  const camps = useQuery({
    queryKey: ['volunteers', 'camps', 'options'],
    queryFn: ({ signal }) => fetchCampOptions(signal),
  });
  const col = (key: string) => t(`staff.children.columns.${key}` as 'staff.children.columns.name');

  async function exportChildren() {
    setExporting(true);
    try {
      await downloadChildren(filters, exportFileName(t('staff.children.exportName'), new Date()));
    } catch (error) {
      const { title, detail } = formatError(error);
      void message.error(t('staff.children.exportFailed', { reason: detail ?? title }));
    } finally {
      setExporting(false);
    }
  }

  const columns: TableColumnsType<ChildSummary> = [
    {
      title: col('name'),
      dataIndex: 'name',
      width: 100,
      fixed: 'left',
      render: (_, x) => <Link to={`/volunteers/children/${x.id}`}>{x.name}</Link>,
    },
    { title: col('age'), dataIndex: 'age', width: 60, align: 'right' },
    { title: col('gender'), dataIndex: 'gender', width: 60, render: (_, x) => t(`staff.gender.${x.gender}`) },
    { title: col('grade'), dataIndex: 'grade', width: 90 },
    { title: col('camp'), dataIndex: 'camp_name', width: 200 },
    { title: col('village'), dataIndex: 'village', width: 110 },
    {
      title: col('completion'),
      dataIndex: 'completion',
      width: 160,
      render: (_, x) => <Progress percent={percent(x.completion)} size="small" />,
    },
    {
      title: col('anonymized'),
      dataIndex: 'anonymized',
      width: 90,
      render: (v: boolean) => (v ? <Tag>{t('staff.yes')}</Tag> : null),
    },
  ];

  return (
    <ListPage<ChildSummary>
      title={t('staff.children.title')}
      description={t('staff.children.description')}
      queryKey={childrenKey}
      fetchPage={fetchChildren}
      actions={
        <>
          <CreateChildButton />
          {(user.role === 'admin' || user.role === 'city_staff') && <RetentionButton />}
          <Tooltip title={t('staff.children.exportNote')}>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void exportChildren()}
              data-testid="children-export"
            >
              {t('common:actions.export')}
            </Button>
          </Tooltip>
        </>
      }
      filters={[
        { kind: 'search', name: 'q', placeholder: t('staff.children.search') },
        {
          kind: 'select',
          name: 'camp_id',
          placeholder: t('staff.children.camp'),
          options: (camps.data?.items ?? []).map((x) => ({ value: x.id, label: x.name })),
        },
        countyFilter(),
      ]}
      columns={columns}
      rowKey={(x) => x.id}
      scrollX={860}
    />
  );
}
