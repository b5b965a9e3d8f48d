import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyCode } from '@/api/models';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { countyName } from '@/domain/counties';
import type { ExportColumn } from '@/export/sheet';
import { CountySelect, useDefaultCounty } from '@/pages/products/programme/CountySelect';
import { PagedTable } from './PagedTable';
import { HOST_KINDS } from './enums';
import type { Host, HostKind } from './types';
import { createHost, fetchHosts, hostsKey } from './workApi';

interface HostForm {
  name: string;
  county_code: CountyCode;
  kind: HostKind;
  contact: string;
}

/** 实习单位: the organisations that host internships; staff add one. */
export function HostsTab() {
  const { t, i18n } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<HostForm>();
  const county = useDefaultCounty();
  const h = (key: string) => t(`staff.internships.hosts.${key}` as 'staff.internships.hosts.name');
  const required = [{ required: true, whitespace: true, message: t('staff.internships.required') }];
  const countyOf = (x: Host) => countyName(x.county_code, i18n.language, x.county_name);
  const columns: TableColumnsType<Host> = [
    { title: h('name'), dataIndex: 'name', width: 220 },
    { title: h('county'), dataIndex: 'county_code', width: 120, render: (_, x) => countyOf(x) },
    { title: h('kind'), dataIndex: 'kind', width: 140, render: (_, x) => t(`staff.internships.hostKind.${x.kind}`) },
    { title: h('contact'), dataIndex: 'contact', width: 200 },
  ];
  const exportColumns: ExportColumn<Host>[] = [
    { header: h('name'), value: (x) => x.name },
    { header: h('county'), value: countyOf },
    { header: h('kind'), value: (x) => t(`staff.internships.hostKind.${x.kind}`) },
    { header: h('contact'), value: (x) => x.contact },
  ];
  return (
    <>
      <PagedTable<Host>
        queryKey={hostsKey}
        fetchPage={fetchHosts}
        columns={columns}
        rowKey={(x) => x.id}
        exportColumns={exportColumns}
        exportName={h('exportName')}
        scrollX={680}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {h('create')}
          </Button>
        }
      />
      <FormModal
        open={open}
        title={h('create')}
        okText={t('staff.internships.submit')}
        form={form}
        width={480}
        initialValues={{ county_code: county }}
        onSubmit={(v) =>
          createHost({
            name: v.name.trim(),
            county_code: v.county_code,
            kind: v.kind,
            contact: v.contact.trim(),
          })
        }
        onSuccess={(host) => {
          void queryClient.invalidateQueries({ queryKey: hostsKey });
          void message.success(t('staff.internships.hosts.created', { name: host.name }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, ['name', 'county_code', 'kind', 'contact'])}
      >
        <Form.Item name="name" label={h('name')} rules={required}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item
          name="county_code"
          label={h('county')}
          rules={[{ required: true, message: t('staff.internships.required') }]}
        >
          <CountySelect />
        </Form.Item>
        <Form.Item name="kind" label={h('kind')} rules={[{ required: true, message: t('staff.internships.required') }]}>
          <Select options={HOST_KINDS.map((k) => ({ value: k, label: t(`staff.internships.hostKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="contact" label={h('contact')} rules={required}>
          <Input maxLength={80} />
        </Form.Item>
      </FormModal>
    </>
  );
}
