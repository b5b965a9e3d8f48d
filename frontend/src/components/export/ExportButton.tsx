import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { fetchAll, type FetchPage } from '@/export/fetchAll';
import { exportFileName, type ExportColumn } from '@/export/sheet';
import { saveXlsx } from '@/export/writeXlsx';

interface ExportButtonProps<Row> {
  /** Fetches one page of the list with the filters currently applied. */
  fetchPage: FetchPage<Row>;
  columns: ExportColumn<Row>[];
  /** The list's name: the sheet's name and the start of the file's name. */
  name: string;
  disabled?: boolean;
}

type Progress = { phase: 'fetching'; fetched: number; total: number } | { phase: 'writing' };

/** "导出 Excel": fetches every page of the filtered list, showing progress, then saves an .xlsx file. */
export function ExportButton<Row>({ fetchPage, columns, name, disabled }: ExportButtonProps<Row>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<Progress | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ phase: 'fetching', fetched: 0, total: 0 });
    try {
      const rows = await fetchAll(
        fetchPage,
        (fetched, total) => setProgress({ phase: 'fetching', fetched, total }),
        controller.signal,
      );
      if (rows.length === 0) {
        void message.info(t('export.empty'));
        return;
      }
      setProgress({ phase: 'writing' });
      await saveXlsx(columns, rows, name, exportFileName(name, new Date()));
      void message.success(t('export.done', { count: rows.length }));
    } catch (error) {
      if (controller.signal.aborted) {
        void message.info(t('export.cancelled'));
      } else {
        const { title, detail } = formatError(error);
        void message.error(t('export.failed', { reason: detail ?? title }));
      }
    } finally {
      abort.current = null;
      setProgress(null);
    }
  }

  const percent =
    progress?.phase === 'writing'
      ? 100
      : progress && progress.total > 0
        ? Math.round((progress.fetched / progress.total) * 100)
        : 0;

  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={run} loading={progress !== null} disabled={disabled}>
        {t('actions.export')}
      </Button>
      <Modal
        open={progress !== null}
        title={t('export.title')}
        closable={false}
        maskClosable={false}
        footer={
          <Button onClick={() => abort.current?.abort()} disabled={progress?.phase === 'writing'}>
            {t('actions.cancel')}
          </Button>
        }
      >
        <Progress percent={percent} status="active" />
        <Typography.Text type="secondary" data-testid="export-progress">
          {progress?.phase === 'writing'
            ? t('export.writing')
            : t('export.fetching', { fetched: progress?.fetched ?? 0, total: progress?.total ?? 0 })}
        </Typography.Text>
      </Modal>
    </>
  );
}
