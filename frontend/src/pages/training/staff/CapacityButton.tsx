import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { changeCapacity, sessionKey } from './api';
import type { TrainingSession } from './contract';

/** "调整名额": more seats book the waitlist's head; fewer than are booked the service refuses. */
export function CapacityButton({ session, onChanged }: { session: TrainingSession; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ capacity: number }>();
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="capacity-button">
        {t('console.roster.capacity.button')}
      </Button>
      <FormModal
        open={open}
        title={t('console.roster.capacity.heading')}
        okText={t('console.roster.capacity.submit')}
        form={form}
        width={420}
        initialValues={{ capacity: session.capacity }}
        onSubmit={(values) => changeCapacity(session.id, values.capacity)}
        onSuccess={(updated) => {
          queryClient.setQueryData(sessionKey(session.id), updated);
          void message.success(t('console.roster.capacity.success', { capacity: updated.capacity }));
          void onChanged();
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, ['capacity'])}
      >
        <Typography.Paragraph type="secondary">{t('console.roster.capacity.hint')}</Typography.Paragraph>
        <Form.Item name="capacity" label={t('console.roster.capacity.label')} rules={[{ required: true }]}>
          <InputNumber min={Math.max(1, session.booked_count)} max={10000} precision={0} className="full-width" />
        </Form.Item>
      </FormModal>
    </>
  );
}
