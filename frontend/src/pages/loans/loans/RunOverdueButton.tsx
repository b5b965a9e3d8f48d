import { FieldTimeOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Modal, Row, Statistic } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverdueRun } from '@/api/models';
import { formatError } from '@/api/problem';
import { markOverdue } from './api';

/** "逾期检查": runs the overdue job now (it also runs on a schedule) and shows what it changed. */
export function RunOverdueButton() {
  const { t } = useTranslation(['loans', 'common']);
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<OverdueRun | null>(null);
  const run = useMutation({
    mutationFn: markOverdue,
    onSuccess: (counts) => {
      setResult(counts);
      void queryClient.invalidateQueries({ queryKey: ['loans'] });
    },
    onError: (error) => {
      const { title, detail } = formatError(error);
      void message.error(detail ?? title);
    },
  });

  const confirm = () =>
    modal.confirm({
      title: t('loans.overdue.button'),
      content: t('loans.overdue.confirm'),
      okText: t('actionForm.confirm'),
      cancelText: t('common:actions.cancel'),
      onOk: () => run.mutateAsync().catch(() => undefined),
    });

  const unit = t('loans.overdue.unit');
  return (
    <>
      <Button icon={<FieldTimeOutlined />} loading={run.isPending} onClick={confirm} data-testid="run-overdue">
        {t('loans.overdue.button')}
      </Button>
      <Modal
        open={result !== null}
        title={t('loans.overdue.title')}
        onOk={() => setResult(null)}
        onCancel={() => setResult(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
        okText={t('actionForm.confirm')}
      >
        {result && (
          <Row gutter={16} data-testid="overdue-result">
            <Col span={8}>
              <Statistic title={t('loans.overdue.checked')} value={result.checked} suffix={unit} />
            </Col>
            <Col span={8}>
              <Statistic
                title={t('loans.overdue.became')}
                value={result.became_overdue}
                suffix={unit}
                valueStyle={result.became_overdue > 0 ? { color: '#cf1322' } : undefined}
              />
            </Col>
            <Col span={8}>
              <Statistic title={t('loans.overdue.cured')} value={result.cured} suffix={unit} />
            </Col>
          </Row>
        )}
      </Modal>
    </>
  );
}
