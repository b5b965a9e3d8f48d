import { Progress, Table, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TEN_ONES } from './enums';
import type { GridRow } from './tenOnes';
import { percent } from './tenOnes';

/** Children down, the ten items across: ✓ where done; each child's name opens their record. */
export function TenOnesGrid({ rows }: { rows: GridRow[] }) {
  const { t } = useTranslation('volunteers');
  const columns: TableColumnsType<GridRow> = [
    {
      title: t('staff.camp.child'),
      dataIndex: 'name',
      width: 96,
      fixed: 'left',
      render: (_, row) => <Link to={`/volunteers/children/${row.childId}`}>{row.name}</Link>,
    },
    ...TEN_ONES.map((item, index) => ({
      title: <Tooltip title={t(`staff.tenOne.${item}`)}>{t(`staff.tenOneShort.${item}`)}</Tooltip>,
      key: item,
      width: 56,
      className: 'ten-one-cell',
      render: (_: unknown, row: GridRow) =>
        row.done[index] ? (
          <span className="ten-one-done" aria-label={t(`staff.tenOne.${item}`)}>
            ✓
          </span>
        ) : (
          <span className="ten-one-missing" aria-label={t('staff.child.notDone')}>
            ·
          </span>
        ),
    })),
    {
      title: t('staff.camp.done'),
      key: 'completion',
      width: 150,
      render: (_, row) => <Progress percent={percent(row.completion)} size="small" format={() => `${row.count}/10`} />,
    },
  ];
  return (
    <Table<GridRow>
      className="ten-ones-grid"
      rowKey={(row) => row.childId}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      size="small"
      scroll={{ x: 96 + 56 * 10 + 150 }}
      locale={{ emptyText: t('staff.camp.empty') }}
      data-testid="ten-ones-grid"
    />
  );
}
