import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProductStats } from '@/api/models';
import { translateOr } from '@/i18n/dynamic';
import { formatMoney } from '@/lib/format';
import { countInYear, figureOf, GROUP_ORDER, groupFigures, type Figure } from './figures';
import { fundsProgress } from './funds';

/** Kilograms and money with thousands separators; counts, rates and days as the service wrote them. */
const SEPARATED = new Set(['CNY', 'kg']);

interface FigureCardsProps {
  stats: ProductStats;
  /** The year the report's yearly counts are shown for, beside the totals. */
  year: number | undefined;
}

/** The headline figures in the report's four topics, each topic a card. */
export function FigureCards({ stats, year }: FigureCardsProps) {
  const { t, i18n } = useTranslation('products');
  const groups = groupFigures(stats.figures);
  const label = (figure: Figure) => translateOr(i18n, `products:productStats.figures.${figure.key}`, figure.key);
  const unit = (figure: Figure) => translateOr(i18n, `products:productStats.units.${figure.unit}`, figure.unit);

  /** The line under a figure: its count in the chosen year, or how much of the pledged funds has arrived. */
  function note(figure: Figure): string | null {
    const count = year === undefined ? undefined : countInYear(stats.by_year, year, figure.key);
    if (count !== undefined) return t('productStats.inYear', { year, value: `${count} ${unit(figure)}` });
    if (figure.key === 'pairing_funds_raised') {
      const pledged = figureOf(stats, 'pairing_funds_pledged');
      const percent = pledged ? fundsProgress(pledged.value, figure.value) : null;
      return percent === null ? null : t('productStats.fundsProgress', { percent });
    }
    return null;
  }

  return (
    <Row gutter={[16, 16]}>
      {GROUP_ORDER.filter((group) => groups[group].length > 0).map((group) => (
        <Col xs={24} xl={12} key={group}>
          <Card size="small" title={t(`productStats.groups.${group}`)} className="figure-card">
            <Row gutter={[16, 16]}>
              {groups[group].map((figure) => {
                const line = note(figure);
                return (
                  <Col xs={12} sm={8} key={figure.key} data-testid={`stats-${figure.key}`}>
                    <Statistic
                      title={label(figure)}
                      value={SEPARATED.has(figure.unit) ? formatMoney(figure.value) : figure.value}
                      valueStyle={{ fontSize: 22 }}
                      suffix={<span className="figure-unit">{unit(figure)}</span>}
                    />
                    {line && (
                      <Typography.Text type="secondary" data-testid={`stats-${figure.key}-note`}>
                        {line}
                      </Typography.Text>
                    )}
                  </Col>
                );
              })}
            </Row>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
