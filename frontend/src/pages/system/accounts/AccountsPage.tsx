import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Flex, Tag, Typography, type MenuProps, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, AccountWithPassword } from '@/api/models';
import { formatError } from '@/api/problem';
import { canManageAccounts, canManageRole } from '@/auth/access';
import { useCurrentUser } from '@/auth/CurrentUser';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import { ACCOUNT_ROLES } from '@/domain/enums';
import { useBankOptions } from '@/domain/useBankOptions';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime } from '@/lib/format';
import { ShownOnceModal } from '../../../components/ShownOnceModal';
import { AccountFormModal } from './AccountFormModal';
import { accountsKey, fetchAccounts, resetPassword, setAccountActive } from './api';

const ROLE_COLOR: Partial<Record<Account['role'], string>> = {
  admin: 'red',
  city_staff: 'volcano',
  county_staff: 'orange',
  bank_officer: 'blue',
};

type Shown = { kind: 'created' | 'reset'; result: AccountWithPassword };

/** One tag: disabled, or active with a new password still to choose, or simply active. */
function StatusTag({ account }: { account: Account }) {
  const { t } = useTranslation('accounts');
  const [color, text] = !account.is_active
    ? ['default', t('accounts.status.disabled')]
    : account.must_change_password
      ? ['gold', t('accounts.status.mustChange')]
      : ['green', t('accounts.status.active')];
  return (
    <Tag color={color} bordered={false}>
      {text}
    </Tag>
  );
}

/** 编辑, 重置密码, 停用 / 启用: each asks first, then says what happened. */
function AccountActions({
  account,
  onEdit,
  onShown,
}: {
  account: Account;
  onEdit: () => void;
  onShown: (shown: Shown) => void;
}) {
  const { t } = useTranslation(['accounts', 'common']);
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const self = account.id === user.id;
  const done = () => void queryClient.invalidateQueries({ queryKey: accountsKey });
  const fail = (error: unknown) => {
    const { title, detail } = formatError(error);
    void message.error(detail ?? title);
  };
  const active = useMutation({
    mutationFn: (next: boolean) => setAccountActive(account.id, next),
    onSuccess: (saved) => {
      done();
      const key = saved.is_active ? 'accounts.enable.done' : 'accounts.disable.done';
      void message.success(t(key, { username: saved.username }));
    },
    onError: fail,
  });
  const reset = useMutation({
    mutationFn: () => resetPassword(account.id),
    onSuccess: (result) => {
      done();
      onShown({ kind: 'reset', result });
    },
    onError: fail,
  });

  const confirm = (content: string, onOk: () => Promise<unknown>, danger = false) =>
    modal.confirm({
      content,
      okButtonProps: { danger },
      cancelText: t('common:actions.cancel'),
      onOk: () => onOk().catch(() => undefined),
    });

  const name = account.display_name;
  const items: MenuProps['items'] = [
    {
      key: 'reset',
      // Resetting one's own password here would end one's own session: 个人设置 is the place for it.
      disabled: self,
      label: t('accounts.reset.button'),
      onClick: () => confirm(t('accounts.reset.confirm', { name }), () => reset.mutateAsync(), true),
    },
    account.is_active
      ? {
          key: 'disable',
          danger: true,
          disabled: self,
          label: t('accounts.disable.button'),
          onClick: () => confirm(t('accounts.disable.confirm', { name }), () => active.mutateAsync(false), true),
        }
      : {
          key: 'enable',
          label: t('accounts.enable.button'),
          onClick: () => confirm(t('accounts.enable.confirm', { name }), () => active.mutateAsync(true)),
        },
  ];
  return (
    <Flex gap={0} className="row-actions">
      <Button type="link" size="small" onClick={onEdit}>
        {t('accounts.edit.button')}
      </Button>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button type="link" size="small" loading={reset.isPending || active.isPending} data-testid="account-more">
          {t('more')} <DownOutlined />
        </Button>
      </Dropdown>
    </Flex>
  );
}

/** "账号管理": every account for admins and city staff, who manage them; county staff read their county's. */
export function AccountsPage() {
  const { t, i18n } = useTranslation(['accounts', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const banks = useBankOptions();
  const manager = canManageAccounts(user.role);
  const [editing, setEditing] = useState<Account | null | 'new'>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [showing, setShowing] = useState(false);
  const show = (next: Shown) => {
    setShown(next);
    setShowing(true);
  };

  const role = (a: Account) => t(`common:role.${a.role}`);
  const county = (a: Account) => (a.county_code ? countyName(a.county_code, i18n.language) : '');
  const bank = (a: Account) => (a.bank_id ? (banks.nameOf(a.bank_id) ?? '') : '');
  const status = (a: Account) =>
    [
      a.is_active ? t('accounts.status.active') : t('accounts.status.disabled'),
      a.must_change_password ? t('accounts.status.mustChange') : '',
    ]
      .filter(Boolean)
      .join('，');

  const columns: TableColumnsType<Account> = [
    {
      title: t('accounts.columns.username'),
      dataIndex: 'username',
      width: 160,
      fixed: 'left',
      ellipsis: true,
      render: (_, a) => (
        <span className="mono" title={a.username}>
          {a.username}
          {a.id === user.id && <Typography.Text type="secondary">{t('accounts.self')}</Typography.Text>}
        </span>
      ),
    },
    { title: t('accounts.columns.displayName'), dataIndex: 'display_name', width: 130, ellipsis: true },
    {
      title: t('accounts.columns.role'),
      dataIndex: 'role',
      width: 130,
      render: (_, a) => (
        <Tag color={ROLE_COLOR[a.role]} bordered={false}>
          {role(a)}
        </Tag>
      ),
    },
    // A county for county staff, a bank for bank officers; nobody else belongs to either.
    {
      title: t('accounts.columns.belongsTo'),
      key: 'belongsTo',
      width: 160,
      ellipsis: true,
      render: (_, a) => county(a) || bank(a) || '—',
    },
    {
      title: t('accounts.columns.mobile'),
      dataIndex: 'mobile_masked',
      width: 110,
      render: (_, a) => a.mobile_masked ?? '—',
    },
    {
      title: t('accounts.columns.status'),
      dataIndex: 'is_active',
      width: 100,
      render: (_, a) => <StatusTag account={a} />,
    },
    {
      title: t('accounts.columns.lastLogin'),
      dataIndex: 'last_login_at',
      width: 135,
      render: (_, a) => formatDateTime(a.last_login_at) || '—',
    },
    ...(manager
      ? [
          {
            title: t('accounts.columns.actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, a: Account) =>
              canManageRole(user.role, a.role) ? (
                <AccountActions account={a} onEdit={() => setEditing(a)} onShown={show} />
              ) : null,
          },
        ]
      : []),
  ];

  const exportColumns: ExportColumn<Account>[] = [
    { header: t('accounts.columns.username'), value: (a) => a.username },
    { header: t('accounts.columns.displayName'), value: (a) => a.display_name },
    { header: t('accounts.columns.role'), value: role },
    { header: t('accounts.columns.county'), value: county },
    { header: t('accounts.columns.bank'), value: bank },
    { header: t('accounts.columns.mobile'), value: (a) => a.mobile_masked },
    { header: t('accounts.columns.status'), value: status },
    { header: t('accounts.columns.lastLogin'), value: (a) => formatDateTime(a.last_login_at) },
    { header: t('accounts.columns.createdAt'), value: (a) => formatDateTime(a.created_at) },
  ];

  const refresh = () => void queryClient.invalidateQueries({ queryKey: accountsKey });
  const shownAccount = shown?.result.account;

  return (
    <>
      <ListPage<Account>
        title={t('accounts.title')}
        description={manager ? t('accounts.description') : t('accounts.descriptionCounty')}
        queryKey={accountsKey}
        fetchPage={fetchAccounts}
        filters={[
          { kind: 'search', name: 'q', placeholder: t('accounts.filters.q') },
          {
            kind: 'select',
            name: 'role',
            placeholder: t('accounts.filters.role'),
            options: ACCOUNT_ROLES.map((value) => ({ value, label: t(`common:role.${value}`) })),
          },
          // County staff see their own county's accounts only: a county to choose would choose nothing.
          ...(user.role === 'county_staff' ? [] : [countyFilter('county')]),
          {
            kind: 'select',
            name: 'active',
            placeholder: t('accounts.filters.active'),
            options: [
              { value: 'true', label: t('accounts.status.active') },
              { value: 'false', label: t('accounts.status.disabled') },
            ],
          },
        ]}
        columns={columns}
        rowKey={(a) => a.id}
        exportColumns={exportColumns}
        exportName={t('accounts.exportName')}
        scrollX={manager ? 1045 : 925}
        actions={
          manager && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('accounts.create.button')}
            </Button>
          )
        }
      />
      {manager && (
        <AccountFormModal
          open={editing !== null}
          account={editing === 'new' || editing === null ? undefined : editing}
          onClose={() => setEditing(null)}
          onCreated={(result) => {
            refresh();
            show({ kind: 'created', result });
          }}
          onSaved={(saved) => {
            refresh();
            void message.success(t('accounts.edit.done', { username: saved.username }));
          }}
        />
      )}
      <ShownOnceModal
        open={showing}
        closeLabel={t('shownOnce.close')}
        title={shown?.kind === 'reset' ? t('accounts.temporary.resetTitle') : t('accounts.temporary.createdTitle')}
        intro={t('accounts.temporary.intro', { name: shownAccount?.display_name ?? '' })}
        warning={t('accounts.temporary.once')}
        values={
          shown
            ? [
                {
                  label: t('accounts.temporary.username'),
                  value: shown.result.account.username,
                  testId: 'shown-username',
                },
                {
                  label: t('accounts.temporary.password'),
                  value: shown.result.temporary_password,
                  testId: 'shown-password',
                },
              ]
            : []
        }
        onClose={() => setShowing(false)}
        afterClose={() => setShown(null)}
      />
    </>
  );
}
