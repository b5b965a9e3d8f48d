import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, AccountRole, AccountWithPassword, CountyCode } from '@/api/models';
import { ApiError, formatError } from '@/api/problem';
import { useCurrentUser } from '@/auth/CurrentUser';
import { COUNTIES, countyName } from '@/domain/counties';
import { ACCOUNT_ROLES } from '@/domain/enums';
import { useBankOptions } from '@/pages/loans/useBankOptions';
import { createAccount, updateAccount } from './api';

interface AccountForm {
  username: string;
  display_name: string;
  role: AccountRole;
  county_code?: CountyCode;
  bank_id?: string;
}

const FIELDS: (keyof AccountForm)[] = ['username', 'display_name', 'role', 'county_code', 'bank_id'];
const USERNAME = /^[a-z0-9][a-z0-9_.-]{2,63}$/;

interface AccountFormModalProps {
  open: boolean;
  /** The account to edit; none to create one. */
  account?: Account;
  onClose: () => void;
  onCreated?: (created: AccountWithPassword) => void;
  onSaved?: (account: Account) => void;
}

/** "新建账号" / "编辑账号": name and role, with the county (county staff) or bank (bank officers) the role
 * needs. Only an administrator gives the administrator role; nobody changes their own role. */
export function AccountFormModal({ open, account, onClose, onCreated, onSaved }: AccountFormModalProps) {
  const { t, i18n } = useTranslation(['accounts', 'common']);
  const user = useCurrentUser();
  const banks = useBankOptions(open);
  const [form] = Form.useForm<AccountForm>();
  const role = Form.useWatch('role', form);
  const editing = account !== undefined;
  const self = account?.id === user.id;

  const save = useMutation({
    mutationFn: async (values: AccountForm) => {
      const assignment = {
        display_name: values.display_name.trim(),
        role: values.role,
        county_code: values.role === 'county_staff' ? (values.county_code ?? null) : null,
        bank_id: values.role === 'bank_officer' ? (values.bank_id ?? null) : null,
      };
      if (account) return { saved: await updateAccount(account.id, assignment) };
      return { created: await createAccount({ ...assignment, username: values.username.trim().toLowerCase() }) };
    },
    onSuccess: ({ saved, created }) => {
      if (created) onCreated?.(created);
      if (saved) onSaved?.(saved);
    },
    onError: (error) => {
      if (!editing && error instanceof ApiError && error.status === 409) {
        form.setFields([{ name: 'username', errors: [t('accounts.form.usernameTaken')] }]);
        return;
      }
      form.setFields(
        Object.entries(formatError(error).fields)
          .filter(([name]) => FIELDS.includes(name as keyof AccountForm))
          .map(([name, errors]) => ({ name: name as keyof AccountForm, errors })),
      );
    },
  });
  const { reset } = save;
  useEffect(() => {
    if (!open) return;
    reset();
    form.resetFields();
    if (account) {
      form.setFieldsValue({
        username: account.username,
        display_name: account.display_name,
        role: account.role as AccountRole,
        county_code: (account.county_code as CountyCode | null) ?? undefined,
        bank_id: account.bank_id ?? undefined,
      });
    }
  }, [open, account, form, reset]);

  const failure = save.error ? formatError(save.error) : null;
  const shownFailure =
    failure &&
    Object.keys(failure.fields).every((name) => !FIELDS.includes(name as keyof AccountForm)) &&
    !(save.error instanceof ApiError && save.error.status === 409 && !editing);

  const roles = ACCOUNT_ROLES.filter(
    (option) => option !== 'admin' || user.role === 'admin' || account?.role === 'admin',
  );

  return (
    <Modal
      open={open}
      title={editing ? t('accounts.edit.title', { username: account.username }) : t('accounts.create.title')}
      okText={editing ? t('accounts.edit.submit') : t('accounts.create.submit')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {shownFailure && (
        <Alert type="error" showIcon message={failure.title} description={failure.detail} className="form-alert" />
      )}
      <Form<AccountForm>
        form={form}
        layout="vertical"
        initialValues={{ role: 'county_staff' }}
        onFinish={(values) => save.mutate(values)}
        data-testid="account-form"
      >
        <Form.Item
          name="username"
          label={t('accounts.form.username')}
          extra={editing ? undefined : t('accounts.form.usernameHint')}
          rules={
            editing
              ? []
              : [
                  { required: true, message: t('accounts.form.usernameRequired') },
                  { pattern: USERNAME, message: t('accounts.form.usernameInvalid') },
                ]
          }
          normalize={(value: string) => value.toLowerCase()}
        >
          <Input disabled={editing} maxLength={64} autoComplete="off" className="mono" />
        </Form.Item>
        <Form.Item
          name="display_name"
          label={t('accounts.form.displayName')}
          rules={[{ required: true, whitespace: true, message: t('accounts.form.displayNameRequired') }, { max: 100 }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('accounts.form.role')}
          rules={[{ required: true, message: t('accounts.form.roleRequired') }]}
          extra={self ? t('accounts.edit.ownRole') : undefined}
        >
          <Select
            disabled={self}
            options={roles.map((value) => ({ value, label: t(`common:role.${value}`) }))}
            aria-label={t('accounts.form.role')}
          />
        </Form.Item>
        {role === 'county_staff' && (
          <Form.Item
            name="county_code"
            label={t('accounts.form.county')}
            rules={[{ required: true, message: t('accounts.form.countyRequired') }]}
          >
            <Select
              options={COUNTIES.map((county) => ({
                value: county.code,
                label: countyName(county.code, i18n.language),
              }))}
              aria-label={t('accounts.form.county')}
            />
          </Form.Item>
        )}
        {role === 'bank_officer' && (
          <Form.Item
            name="bank_id"
            label={t('accounts.form.bank')}
            rules={[{ required: true, message: t('accounts.form.bankRequired') }]}
          >
            <Select options={banks.options} loading={banks.loading} aria-label={t('accounts.form.bank')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
