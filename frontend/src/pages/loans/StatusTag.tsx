import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '@/api/models';
import { STATUS_COLOR } from './lifecycle';

export function StatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('loans');
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="status-tag" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
