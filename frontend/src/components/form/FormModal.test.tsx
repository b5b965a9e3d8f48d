import { Form, Input } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/problem';
import { click, render, settle, type, type Rendered } from '@/testing/render';
import { problemFieldErrors } from './fieldErrors';
import { FormModal } from './FormModal';

interface Bank {
  name: string;
}

interface HarnessProps {
  open?: boolean;
  onSubmit: (values: Bank) => Promise<string>;
  onSuccess?: (result: string, values: Bank) => void;
  onClose?: () => void;
}

function Harness({ open = true, onSubmit, onSuccess, onClose = () => undefined }: HarnessProps) {
  const [form] = Form.useForm<Bank>();
  return (
    <FormModal
      open={open}
      title="新增合作银行"
      okText="保存"
      form={form}
      onSubmit={onSubmit}
      onSuccess={onSuccess}
      onClose={onClose}
      fieldErrors={(error) => problemFieldErrors(error, ['name'])}
    >
      <Form.Item name="name" label="银行名称" rules={[{ required: true, message: '请输入银行名称' }]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}

const dialog = () => document.querySelector('.ant-modal');
const input = () => document.querySelector<HTMLInputElement>('.ant-modal input');
const ok = () => document.querySelector('.ant-modal-footer .ant-btn-primary');
const alert = () => document.querySelector('.ant-modal .ant-alert');

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

async function fillAndSubmit(name: string) {
  await type(input()!, name);
  await click(ok());
  await settle();
}

describe('FormModal', () => {
  it('sends the values, reports the result and closes', async () => {
    const onSubmit = vi.fn(async (values: Bank) => `saved ${values.name}`);
    const onSuccess = vi.fn();
    const onClose = vi.fn();
    rendered = await render(<Harness onSubmit={onSubmit} onSuccess={onSuccess} onClose={onClose} />);

    await fillAndSubmit('连州农商银行');

    expect(onSubmit).toHaveBeenCalledWith({ name: '连州农商银行' }, expect.anything());
    expect(onSuccess).toHaveBeenCalledWith('saved 连州农商银行', { name: '连州农商银行' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('sends nothing while a field is invalid', async () => {
    const onSubmit = vi.fn(async () => 'saved');
    rendered = await render(<Harness onSubmit={onSubmit} />);

    await click(ok());
    await settle();

    expect(onSubmit).not.toHaveBeenCalled();
    expect(dialog()?.textContent).toContain('请输入银行名称');
  });

  it('spins the OK button while the submission is out', async () => {
    rendered = await render(<Harness onSubmit={() => new Promise<string>(() => undefined)} />);

    await fillAndSubmit('连州农商银行');

    expect(ok()?.className).toContain('ant-btn-loading');
  });

  it('shows a refusal in an Alert and stays open', async () => {
    const refusal = new ApiError(409, {
      type: 'https://xiangqing.example/problems/bank-exists',
      title: '银行已存在',
      status: 409,
      detail: '已有同名的合作银行',
    });
    const onClose = vi.fn();
    rendered = await render(<Harness onSubmit={() => Promise.reject(refusal)} onClose={onClose} />);

    await fillAndSubmit('连州农商银行');

    expect(alert()?.textContent).toContain('银行已存在');
    expect(alert()?.textContent).toContain('已有同名的合作银行');
    expect(ok()?.className).not.toContain('ant-btn-loading');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('puts the errors that name a field under it, without an Alert', async () => {
    const refusal = new ApiError(422, {
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      errors: [{ loc: ['body', 'name'], msg: '名称太短', type: 'string_too_short' }],
    } as never);
    rendered = await render(<Harness onSubmit={() => Promise.reject(refusal)} />);

    await fillAndSubmit('连');

    expect(alert()).toBeNull();
    expect(document.querySelector('.ant-form-item-explain-error')?.textContent).toBe('名称太短');
  });

  it('starts afresh when opened again', async () => {
    const refusal = new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409 });
    const onSubmit = () => Promise.reject(refusal);
    rendered = await render(<Harness onSubmit={onSubmit} />);
    await fillAndSubmit('连州农商银行');
    expect(alert()).not.toBeNull();

    await rendered.rerender(<Harness open={false} onSubmit={onSubmit} />);
    await settle();
    await rendered.rerender(<Harness onSubmit={onSubmit} />);
    await settle();

    expect(input()?.value).toBe('');
    expect(alert()).toBeNull();
  });
});
