import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { readStatus } from './reading';
import type { EnrolmentStatus } from './types';

/** 已报名 / 候补第N位 / 已取消…, coloured. */
export function EnrolmentStatusTag({ status, position }: { status: EnrolmentStatus; position: number | null }) {
  const { t } = useTranslation('training');
  const reading = readStatus(status, position);
  return (
    <Tag color={reading.color} className="enrolment-status" data-testid="enrolment-status">
      {t(`my.status.${reading.key}`, { position: reading.position })}
    </Tag>
  );
}
