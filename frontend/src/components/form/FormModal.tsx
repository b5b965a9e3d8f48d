import { useMutation } from '@tanstack/react-query';
import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { FieldErrors } from './fieldErrors';

export interface FormModalProps<Values, Result> {
  open: boolean;
  title: ReactNode;
  okText: string;
  /** An action that cannot be undone: the OK button in red. */
  danger?: boolean;
  width?: number;
  form: FormInstance<Values>;
  initialValues?: Partial<Values>;
  /** While the starting values load, the dialog shows no form yet. */
  loading?: boolean;
  /** The form's `data-testid`. */
  testId?: string;
  /** Sends the values; the OK button spins meanwhile, and a refusal stays in the dialog. */
  onSubmit: (values: Values) => Promise<Result>;
  /** After a success, just before the dialog closes. */
  onSuccess?: (result: Result, values: Values) => void;
  onClose: () => void;
  /** The refusal's errors that go under fields (`problemFieldErrors`); when there are any, no Alert. */
  fieldErrors?: (error: unknown) => FieldErrors;
  /** The refusal above the form; by default the problem's title and detail. */
  renderError?: (error: unknown) => ReactNode;
  /** The form's items, and any hint above them. */
  children: ReactNode;
}

/**
 * A form in a dialog: OK submits it, the submission's pending state and refusal show in the dialog, and a
 * success closes it. Closing forgets everything: the next opening starts from the initial values.
 */
export function FormModal<Values, Result>({
  open,
  title,
  okText,
  danger = false,
  width,
  form,
  initialValues,
  loading = false,
  testId,
  onSubmit,
  onSuccess,
  onClose,
  fieldErrors,
  renderError,
  children,
}: FormModalProps<Values, Result>) {
  const { t } = useTranslation();
  const submission = useMutation({
    mutationFn: onSubmit,
    onSuccess: (result, values) => {
      onSuccess?.(result, values);
      onClose();
    },
    onError: (error) => {
      if (fieldErrors) form.setFields(fieldErrors(error));
    },
  });
  const { error } = submission;
  const underFields = error !== null && fieldErrors !== undefined && fieldErrors(error).length > 0;

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('actions.cancel')}
      confirmLoading={submission.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={submission.reset}
      width={width}
      destroyOnHidden
    >
      {error !== null && !underFields && (renderError ? renderError(error) : <ErrorAlert error={error} />)}
      {!loading && (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => submission.mutate(values)}
          clearOnDestroy
          data-testid={testId}
        >
          {children}
        </Form>
      )}
    </Modal>
  );
}
