import { Card, Descriptions, Divider, Empty, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubsidyQuote, SubsidyQuoteRequest } from '@/api/models';
import { basisPointsToPercent, formatMoney } from '@/lib/format';
import { TWO_COLUMNS, WHOLE_ROW } from '../descriptions';

interface QuoteResultProps {
  request?: SubsidyQuoteRequest;
  quote?: SubsidyQuote;
}

/** The quote and how the service worked it out: the rate cap, the cap over the subsidised days (cut where a
 * repayment changes the principal), the subsidy. */
export function QuoteResult({ request, quote }: QuoteResultProps) {
  const { t } = useTranslation('loans');
  if (!request || !quote) {
    return (
      <Card title={t('quote.result.title')} className="detail-card">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quote.result.empty')} />
      </Card>
    );
  }
  const money = formatMoney;
  const { segments } = quote;
  const rate = quote.cap_rate_pct;
  const cap = money(quote.cap_amount);
  const principalCap = money(quote.policy.principal_cap);

  return (
    <Card title={t('quote.result.title')} className="detail-card" data-testid="quote-result">
      <Statistic
        title={t('quote.result.subsidy')}
        value={money(quote.subsidy)}
        valueStyle={{ color: '#c8161d', fontWeight: 600 }}
        data-testid="quote-subsidy"
      />
      <Descriptions
        className="quote-figures"
        size="small"
        column={TWO_COLUMNS}
        items={[
          { key: 'lpr', label: t('quote.result.lpr'), children: `${quote.lpr_pct}%` },
          { key: 'rate', label: t('quote.result.capRate'), children: `${rate}%` },
          { key: 'principal', label: t('quote.result.eligiblePrincipal'), children: money(quote.eligible_principal) },
          { key: 'days', label: t('quote.result.days'), children: t('quote.result.daysValue', { count: quote.days }) },
          { key: 'cap', label: t('quote.result.capAmount'), children: cap },
          {
            key: 'policy',
            label: t('quote.result.policy'),
            span: WHOLE_ROW,
            children: t('quote.result.policyValue', {
              date: quote.policy.effective_from,
              cap: principalCap,
              bp: quote.policy.spread_bp,
              months: quote.policy.subsidised_term_months,
            }),
          },
        ]}
      />
      <Divider orientation="left" plain>
        {t('quote.formula.title')}
      </Divider>
      <Flex vertical gap={6} className="formula" data-testid="quote-formula">
        <Typography.Text>
          {t('quote.formula.rate', { lpr: quote.lpr_pct, spread: basisPointsToPercent(quote.policy.spread_bp), rate })}
        </Typography.Text>
        {segments.length === 1 && (
          <Typography.Text>
            {t('quote.formula.capSimple', {
              principal: money(segments[0]?.principal),
              rate,
              days: quote.days,
              amount: cap,
            })}
          </Typography.Text>
        )}
        {segments.length > 1 && (
          <>
            <Typography.Text>{t('quote.formula.capSegments', { amount: cap })}</Typography.Text>
            <ul className="formula-segments">
              {segments.map((segment) => (
                <li key={segment.first_date}>
                  {t('quote.formula.segment', {
                    from: segment.first_date,
                    to: segment.last_date,
                    principal: money(segment.principal),
                    rate,
                    days: segment.days,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        {segments.length === 0 && (
          <Typography.Text>
            {t('quote.formula.capDaily', { cap: principalCap, rate, days: quote.days, amount: cap })}
          </Typography.Text>
        )}
        <Typography.Text strong>
          {t('quote.formula.subsidy', {
            paid: money(request.interest_paid),
            amount: cap,
            subsidy: money(quote.subsidy),
          })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {quote.capped ? t('quote.formula.capped') : t('quote.formula.paid')}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph type="secondary" className="formula-notes">
        {t('quote.formula.notes', { cap: principalCap, months: quote.subsidised_term_months })}
      </Typography.Paragraph>
    </Card>
  );
}
