import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Flex,
  Modal,
  Progress,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { downloadImportTemplate, fetchImport, previewImport, startImport, traineesKey } from './api';
import type { ImportPreviewRow } from './contract';
import { importPercent } from './importProgress';

/** "导入": the template, then an uploaded sheet previewed row by row (nothing written), then the import with
 * its progress. The sheet goes to the server as it is, as the request's body. */
export function ImportTraineesButton() {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const c = (key: string) => t(`console.trainees.import.${key}` as 'console.trainees.import.button');

  const preview = useMutation({ mutationFn: previewImport });
  const start = useMutation({ mutationFn: startImport, onSuccess: (job) => setJobId(job.id) });
  const job = useQuery({
    queryKey: ['training', 'trainees', 'import', jobId],
    queryFn: ({ signal }) => fetchImport(jobId ?? '', signal),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 1000),
  });
  const status = job.data?.status;
  // Once the import is done, the list behind the dialog shows the new trainees.
  useEffect(() => {
    if (status === 'done') void queryClient.invalidateQueries({ queryKey: traineesKey });
  }, [status, queryClient]);

  function reset() {
    setFile(null);
    setJobId(null);
    preview.reset();
    start.reset();
  }
  function close() {
    setOpen(false);
    reset();
  }
  function choose(chosen: File) {
    if (!chosen.name.toLowerCase().endsWith('.xlsx')) {
      void message.error(c('onlyXlsx'));
      return Upload.LIST_IGNORE;
    }
    reset();
    setFile(chosen);
    preview.mutate(chosen);
    return false;
  }
  async function template() {
    try {
      await downloadImportTemplate(c('templateName'));
    } catch (error) {
      const { title, detail } = formatError(error);
      void message.error(detail ? `${title}：${detail}` : title);
    }
  }

  const result = preview.data;
  const step = jobId ? 2 : result ? (result.invalid === 0 ? 2 : 1) : 1;
  const columns: TableColumnsType<ImportPreviewRow> = [
    { title: c('row'), dataIndex: 'row', width: 60 },
    { title: t('console.trainees.columns.name'), dataIndex: 'name', width: 90 },
    { title: t('console.trainees.columns.mobile'), dataIndex: 'mobile', width: 120 },
    { title: t('console.trainees.columns.county'), dataIndex: 'county_name', width: 110 },
    { title: t('console.trainees.columns.town'), dataIndex: 'town', width: 90 },
    {
      title: t('console.trainees.columns.poor'),
      dataIndex: 'poor_household',
      width: 80,
      render: (v: boolean | null) => (v === null ? '' : v ? t('console.yes') : t('console.no')),
    },
    {
      title: c('problems'),
      key: 'problems',
      width: 240,
      render: (_, row) =>
        row.problems.map((p) => (
          <Typography.Text type="danger" key={`${p.field}-${p.message}`} className="import-problem">
            {p.field}：{p.message}
          </Typography.Text>
        )),
    },
  ];

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="import-trainees">
        {c('button')}
      </Button>
      <Modal
        open={open}
        title={c('heading')}
        width={900}
        onCancel={close}
        maskClosable={false}
        destroyOnHidden
        footer={
          <Flex justify="flex-end" gap={8}>
            <Button onClick={close} disabled={status === 'running'}>
              {c('close')}
            </Button>
            {!jobId && (
              <Button
                type="primary"
                disabled={!file || !result || result.invalid > 0 || result.valid === 0}
                loading={start.isPending}
                onClick={() => file && start.mutate(file)}
                data-testid="import-start"
              >
                {t('console.trainees.import.start', { count: result?.valid ?? 0 })}
              </Button>
            )}
          </Flex>
        }
      >
        <Flex vertical gap={16}>
          <Steps
            size="small"
            current={step}
            items={[{ title: c('step1') }, { title: c('step2') }, { title: c('step3') }]}
          />
          <Flex gap={8} wrap>
            <Button icon={<DownloadOutlined />} onClick={() => void template()}>
              {c('template')}
            </Button>
            <Upload
              accept=".xlsx"
              maxCount={1}
              showUploadList={false}
              beforeUpload={choose}
              disabled={status === 'running'}
            >
              <Button icon={<UploadOutlined />} loading={preview.isPending} data-testid="import-file">
                {file ? c('again') : c('choose')}
              </Button>
            </Upload>
            {file && <Tag>{file.name}</Tag>}
          </Flex>
          {preview.isError && <ErrorAlert error={preview.error} />}
          {start.isError && <ErrorAlert error={start.error} />}
          {result && !jobId && (
            <Alert
              type={result.invalid > 0 ? 'warning' : 'success'}
              showIcon
              message={t('console.trainees.import.summary', {
                total: result.total,
                valid: result.valid,
                invalid: result.invalid,
              })}
              description={result.invalid > 0 ? c('fixFirst') : c('ready')}
            />
          )}
          {result && !jobId && (
            <Table<ImportPreviewRow>
              rowKey={(row) => String(row.row)}
              columns={columns}
              dataSource={result.rows}
              size="small"
              scroll={{ x: 790, y: 360 }}
              pagination={false}
              rowClassName={(row) => (row.problems.length > 0 ? 'row-problem' : '')}
              data-testid="import-preview"
            />
          )}
          {job.data && (
            <Flex vertical gap={4} data-testid="import-progress">
              <Progress
                percent={importPercent(job.data)}
                status={status === 'failed' ? 'exception' : status === 'done' ? 'success' : 'active'}
              />
              <Typography.Text type={status === 'failed' ? 'danger' : 'secondary'}>
                {status === 'done'
                  ? t('console.trainees.import.done', { total: job.data.total })
                  : status === 'failed'
                    ? t('console.trainees.import.failed', { reason: job.data.error ?? '' })
                    : t('console.trainees.import.running', { done: job.data.done, total: job.data.total })}
              </Typography.Text>
            </Flex>
          )}
          {job.isError && <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />}
        </Flex>
      </Modal>
    </>
  );
}
