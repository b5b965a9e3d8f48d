import { DisconnectOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceStatus } from '@/api/models';
import { figureLabel, figureValue, unitLabel } from './figures';
import { serviceLabel, serviceLook } from './services';

/** One service's figures; a grey "unavailable" card when the gateway could not reach it. */
export function ServiceCard({ status }: { status: ServiceStatus }) {
  const { t, i18n } = useTranslation('dashboard');
  const look = serviceLook(status.service);
  const title = (
    <Flex gap={8} align="center">
      <span className="service-icon" style={{ color: status.available ? look.color : undefined }}>
        {look.icon}
      </span>
      {serviceLabel(i18n, status.service)}
    </Flex>
  );

  if (!status.available) {
    return (
      <Card title={title} className="service-card service-card-unavailable" data-testid={`service-${status.service}`}>
        <Flex vertical align="center" gap={4} className="service-unavailable">
          <DisconnectOutlined className="service-unavailable-icon" />
          <Typography.Text strong type="secondary" data-testid={`service-${status.service}-unavailable`}>
            {t('unavailable.title')}
          </Typography.Text>
          <Typography.Text type="secondary">{t('unavailable.description')}</Typography.Text>
        </Flex>
      </Card>
    );
  }

  const figures = status.stats?.figures ?? [];
  return (
    <Card
      title={title}
      className="service-card"
      data-testid={`service-${status.service}`}
      extra={look.link && <Link to={look.link}>{t('open')}</Link>}
    >
      {figures.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noFigures')} />
      ) : (
        <Row gutter={[16, 16]}>
          {figures.map((figure) => {
            const { number, precision } = figureValue(figure);
            return (
              <Col xs={12} sm={8} key={figure.key}>
                <div data-testid={`figure-${status.service}-${figure.key}`} data-value={figure.value}>
                  <Statistic
                    title={figureLabel(i18n, status.service, figure.key)}
                    value={number ?? figure.value}
                    precision={number === null ? undefined : precision}
                    suffix={<span className="figure-unit">{unitLabel(i18n, figure.unit)}</span>}
                  />
                </div>
              </Col>
            );
          })}
        </Row>
      )}
    </Card>
  );
}
