import { Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Programme } from '@/api/models';
import { ListPage } from '@/components/list/ListPage';
import { PROGRAMME_KINDS } from '@/domain/enums';
import type { ExportColumn } from '@/export/sheet';
import { fetchProgrammes } from './api';

const KIND_COLOR: Record<Programme['kind'], string> = {
  lead_goose: 'red',
  lecture_hall: 'blue',
  ecommerce_class: 'orange',
  online: 'cyan',
};

export function ProgrammesPage() {
  const { t } = useTranslation('training');
  const kind = (programme: Programme) => t(`kind.${programme.kind}`);

  const columns: TableColumnsType<Programme> = [
    { title: t('programmes.columns.name'), dataIndex: 'name', width: 200 },
    {
      title: t('programmes.columns.kind'),
      dataIndex: 'kind',
      width: 140,
      render: (_, programme) => <Tag color={KIND_COLOR[programme.kind]}>{kind(programme)}</Tag>,
    },
    { title: t('programmes.columns.description'), dataIndex: 'description' },
  ];

  const exportColumns: ExportColumn<Programme>[] = [
    { header: t('programmes.columns.name'), value: (p) => p.name },
    { header: t('programmes.columns.kind'), value: kind },
    { header: t('programmes.columns.description'), value: (p) => p.description },
  ];

  return (
    <ListPage<Programme>
      title={t('programmes.title')}
      description={t('programmes.description')}
      queryKey={['training', 'programmes']}
      fetchPage={fetchProgrammes}
      filters={[
        {
          kind: 'select',
          name: 'kind',
          placeholder: t('programmes.filters.kind'),
          options: PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
        },
      ]}
      columns={columns}
      rowKey={(programme) => programme.id}
      exportColumns={exportColumns}
      exportName={t('programmes.exportName')}
      scrollX={640}
    />
  );
}
