import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account, AccountRole, AccountWithPassword, CountyCode } from '@/api/models';
import { ApiError } from '@/api/problem';
import { useCurrentUser } from '@/auth/CurrentUser';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { COUNTIES, countyName } from '@/domain/counties';
import { ACCOUNT_ROLES } from '@/domain/enums';
import { useBankOptions } from '@/domain/useBankOptions';
import { createAccount, updateAccount } from './api';

interface AccountForm {
  username: string;
  display_name: string;
  role: AccountRole;
  county_code?: CountyCode;
  bank_id?: string;
}

type Saved = { created: AccountWithPassword } | { saved: Account };

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

function startingFrom(account: Account | undefined): Partial<AccountForm> {
  if (!account) return { role: 'county_staff' };
  return {
    username: account.username,
    display_name: account.display_name,
    role: account.role as AccountRole,
    county_code: (account.county_code as CountyCode | null) ?? undefined,
    bank_id: account.bank_id ?? undefined,
  };
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

  async function save(values: AccountForm): Promise<Saved> {
    const assignment = {
      display_name: values.display_name.trim(),
      role: values.role,
      county_code: values.role === 'county_staff' ? (values.county_code ?? null) : null,
      bank_id: values.role === 'bank_officer' ? (values.bank_id ?? null) : null,
    };
    if (account) return { saved: await updateAccount(account.id, assignment) };
    return { created: await createAccount({ ...assignment, username: values.username.trim().toLowerCase() }) };
  }

  // A new account's username already taken is a 409 with no field named: it belongs under the username.
  const fieldErrors = (error: unknown) =>
    !editing && error instanceof ApiError && error.status === 409
      ? [{ name: 'username', errors: [t('accounts.form.usernameTaken')] }]
      : problemFieldErrors(error, FIELDS);

  const roles = ACCOUNT_ROLES.filter(
    (option) => option !== 'admin' || user.role === 'admin' || account?.role === 'admin',
  );

  return (
    <FormModal
      open={open}
      title={editing ? t('accounts.edit.title', { username: account.username }) : t('accounts.create.title')}
      okText={editing ? t('accounts.edit.submit') : t('accounts.create.submit')}
      form={form}
      initialValues={startingFrom(account)}
      testId="account-form"
      onSubmit={save}
      onSuccess={(result) => {
        if ('created' in result) onCreated?.(result.created);
        else onSaved?.(result.saved);
      }}
      onClose={onClose}
      fieldErrors={fieldErrors}
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
    </FormModal>
  );
}
