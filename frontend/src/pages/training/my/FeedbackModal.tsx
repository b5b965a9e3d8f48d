import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { giveFeedback, myEnrolmentsKey } from './api';
import type { FeedbackIn, MyEnrolment } from './types';

const SCORES = ['content', 'lecturer', 'usefulness'] as const;

/** The short form after a session has started: 1-5 stars on three things, and a comment. */
export function FeedbackModal({ enrolment, onClose }: { enrolment: MyEnrolment | null; onClose: () => void }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FeedbackIn>();
  const send = useMutation({
    mutationFn: (body: FeedbackIn) => giveFeedback(enrolment?.id ?? '', body),
    onSuccess: () => {
      void message.success(t('my.feedback.thanks'));
      void queryClient.invalidateQueries({ queryKey: myEnrolmentsKey });
      form.resetFields();
      onClose();
    },
  });
  const failure = send.error ? formatError(send.error) : null;

  return (
    <Modal
      open={enrolment !== null}
      title={t('my.feedback.title')}
      okText={t('my.feedback.submit')}
      okButtonProps={{ size: 'large', loading: send.isPending, 'data-testid': 'feedback-submit' } as never}
      cancelButtonProps={{ size: 'large' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {enrolment && <p className="muted-line">{enrolment.session_title}</p>}
      {failure && (
        <Alert type="error" showIcon message={failure.title} description={failure.detail} className="form-alert" />
      )}
      <Form<FeedbackIn>
        form={form}
        layout="vertical"
        onFinish={(values) => send.mutate({ ...values, comment: values.comment?.trim() ?? '' })}
        data-testid="feedback-form"
      >
        {SCORES.map((score) => (
          <Form.Item
            key={score}
            name={score}
            label={t(`my.feedback.${score}`)}
            rules={[{ required: true, message: t('my.feedback.required') }]}
          >
            <Rate className="big-rate" />
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('my.feedback.comment')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
