import { App, Button, Card, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TEN_ONES, type Child, type TenOne } from './types';
import { useTenOneQueue } from './useTenOneQueue';

interface RecordValues {
  item: TenOne;
  on: Dayjs;
  note?: string;
}

/** 记录一项: the item, the day and a note go on the phone's queue first, then to the service when it can. */
export function RecordTenOneForm({ child, unavailable }: { child: Child; unavailable: ReadonlySet<TenOne> }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const { queue } = useTenOneQueue();
  const [form] = Form.useForm<RecordValues>();
  const firstTodo = TEN_ONES.find((item) => !unavailable.has(item));

  const record = (values: RecordValues) => {
    queue.add({
      childId: child.id,
      childName: child.name,
      body: { item: values.item, on: values.on.format('YYYY-MM-DD'), note: values.note?.trim() ?? '' },
    });
    if (navigator.onLine) void message.success(t('my.record.queued'));
    else void message.info(t('my.record.offline'));
    form.resetFields();
    // The item just recorded is no longer offered: the student picks the next one.
    form.setFieldsValue({ item: undefined });
  };

  return (
    <Card title={t('my.record.title')} data-testid="record-ten-one">
      <Form<RecordValues>
        form={form}
        layout="vertical"
        className="phone-form"
        initialValues={{ item: firstTodo, on: dayjs() }}
        onFinish={record}
      >
        <Form.Item
          name="item"
          label={t('my.record.item')}
          rules={[{ required: true, message: t('my.record.itemRequired') }]}
        >
          <Select
            size="large"
            options={TEN_ONES.map((item) => ({
              value: item,
              label: t(`my.tenOne.${item}`),
              disabled: unavailable.has(item),
            }))}
          />
        </Form.Item>
        <Form.Item name="on" label={t('my.record.on')} rules={[{ required: true, message: t('my.record.onRequired') }]}>
          <DatePicker
            size="large"
            className="full-width"
            inputReadOnly
            disabledDate={(date) => date.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item name="note" label={t('my.record.note')}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('my.record.notePlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block data-testid="record-submit">
          {t('my.record.submit')}
        </Button>
      </Form>
    </Card>
  );
}
