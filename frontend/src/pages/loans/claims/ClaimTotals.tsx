import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Claim } from '@/api/models';
import { formatMoney } from '@/lib/format';

/** The claim in figures: lines and what is left to decide, interest claimed, subsidy computed and approved. */
export function ClaimTotals({ claim }: { claim: Claim }) {
  const { t } = useTranslation('loans');
  const figure = (title: string, value: string | number, testId?: string, danger = false) => (
    <Statistic
      title={title}
      value={value}
      valueStyle={danger ? { color: '#d46b08' } : undefined}
      data-testid={testId}
    />
  );
  return (
    <Card
      title={t('claim.totals.title')}
      className="detail-card"
      extra={
        <Typography.Text type="secondary">
          {t('claim.totals.period')}：{claim.period_start} – {claim.period_end}
        </Typography.Text>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={8} md={4}>
          {figure(t('claim.totals.lines'), claim.line_count)}
        </Col>
        <Col xs={8} md={4}>
          {figure(t('claim.totals.pending'), claim.pending_lines, 'claim-pending')}
        </Col>
        <Col xs={8} md={4}>
          {figure(t('claim.totals.flagged'), claim.flagged_lines, 'claim-flagged', claim.flagged_lines > 0)}
        </Col>
        <Col xs={12} md={4}>
          {figure(t('claim.totals.claimedInterest'), formatMoney(claim.claimed_interest))}
        </Col>
        <Col xs={12} md={4}>
          {figure(t('claim.totals.computedSubsidy'), formatMoney(claim.computed_subsidy))}
        </Col>
        <Col xs={12} md={4}>
          {figure(t('claim.totals.approvedSubsidy'), formatMoney(claim.approved_subsidy), 'claim-approved')}
        </Col>
        {claim.voucher_number && (
          <Col xs={12} md={8}>
            {figure(t('claim.totals.voucher'), claim.voucher_number, 'claim-voucher')}
          </Col>
        )}
      </Row>
    </Card>
  );
}
