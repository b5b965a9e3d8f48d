import { Alert, Button, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface ShownValue {
  label: string;
  value: string;
  testId: string;
}

interface ShownOnceModalProps {
  open: boolean;
  title: string;
  intro: string;
  /** "…只显示这一次": the server keeps only a hash, so nobody can show it again. */
  warning: string;
  values: ShownValue[];
  extra?: ReactNode;
  /** The button that closes it, saying the value is kept ("我已妥善保存"). */
  closeLabel: string;
  onClose: () => void;
  /** Once the dialog has faded out: the place to forget the secret. */
  afterClose?: () => void;
}

/** A temporary password, a client secret or a webhook's signing secret, shown the one time the server answers it, each with a copy
 * button. Closing is a deliberate act: no click beside the dialog or Esc throws the secret away. */
export function ShownOnceModal({
  open,
  title,
  intro,
  warning,
  values,
  extra,
  closeLabel,
  onClose,
  afterClose,
}: ShownOnceModalProps) {
  return (
    <Modal
      open={open}
      title={title}
      closable={false}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      afterClose={afterClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="shown-once-close">
          {closeLabel}
        </Button>
      }
    >
      <Typography.Paragraph>{intro}</Typography.Paragraph>
      <Alert type="warning" showIcon message={warning} className="form-alert" />
      <dl className="shown-once">
        {values.map((item) => (
          <div key={item.testId}>
            <dt>{item.label}</dt>
            <dd>
              <Typography.Text copyable={{ text: item.value }} className="mono secret-value" data-testid={item.testId}>
                {item.value}
              </Typography.Text>
            </dd>
          </div>
        ))}
      </dl>
      {extra}
    </Modal>
  );
}
