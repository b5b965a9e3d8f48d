import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimLine, ClaimStatus, LineDecision } from '@/api/models';

const STATUS_COLOR: Record<ClaimStatus, string> = { filed: 'gold', approved: 'blue', paid: 'green' };
const DECISION_COLOR: Record<LineDecision, string> = { pending: 'default', approved: 'green', rejected: 'red' };

export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation('loans');
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="claim-status" data-status={status}>
      {t(`claimStatus.${status}`)}
    </Tag>
  );
}

/** A line's decision; a rejection shows its reason on hover. */
export function DecisionTag({ line }: { line: ClaimLine }) {
  const { t } = useTranslation('loans');
  const tag = (
    <Tag color={DECISION_COLOR[line.decision]} data-decision={line.decision}>
      {t(`lineDecision.${line.decision}`)}
    </Tag>
  );
  return line.reason ? <Tooltip title={line.reason}>{tag}</Tooltip> : tag;
}
