import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, formatError } from '@/api/problem';
import { FormModal } from '@/components/form/FormModal';
import { problemReason } from './board';
import { canReverse } from './hours';
import type { HoursEntry } from './types';
import { approveHours, hoursKey, rejectHours, reverseHours } from './workApi';

type Reasoned = 'reject' | 'reverse';

/** Approve or reject a pending entry, or reverse an approved one (a new negative entry; nothing is deleted). */
export function HoursActions({ entry }: { entry: HoursEntry }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<Reasoned | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const h = (key: string) => t(`staff.hours.${key}` as 'staff.hours.approve');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: hoursKey });
  const explain = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409 && problemReason(error.problem) === 'same-approver')
      return h('sameApprover');
    const { title, detail } = formatError(error);
    return detail ? `${title}：${detail}` : title;
  };
  const approve = useMutation({
    mutationFn: () => approveHours(entry.id),
    onSuccess: () => {
      void message.success(h('approved'));
      refresh();
    },
    onError: (error) => void message.error(explain(error)),
  });

  return (
    <Flex gap={4} wrap>
      {entry.status === 'pending' && (
        <>
          <Popconfirm title={h('approve')} onConfirm={() => approve.mutateAsync().catch(() => undefined)}>
            <Button size="small" type="primary" loading={approve.isPending} data-testid="hours-approve">
              {h('approve')}
            </Button>
          </Popconfirm>
          <Button size="small" danger onClick={() => setAsking('reject')}>
            {h('reject')}
          </Button>
        </>
      )}
      {canReverse(entry, []) && (
        <Button size="small" onClick={() => setAsking('reverse')}>
          {h('reverse')}
        </Button>
      )}
      <FormModal
        open={asking !== null}
        title={asking === 'reverse' ? h('reverseHeading') : h('rejectHeading')}
        okText={asking === 'reverse' ? h('reverse') : h('reject')}
        danger
        form={form}
        width={440}
        onSubmit={({ reason }) =>
          asking === 'reverse' ? reverseHours(entry.id, reason.trim()) : rejectHours(entry.id, reason.trim())
        }
        onSuccess={() => {
          void message.success(asking === 'reverse' ? h('reversed') : h('rejected'));
          refresh();
        }}
        onClose={() => setAsking(null)}
        renderError={(error) => <Typography.Text type="danger">{explain(error)}</Typography.Text>}
      >
        {asking === 'reverse' && <Typography.Paragraph type="secondary">{h('reverseHint')}</Typography.Paragraph>}
        <Form.Item
          name="reason"
          label={h('reason')}
          rules={[{ required: true, whitespace: true, message: h('reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={300} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
