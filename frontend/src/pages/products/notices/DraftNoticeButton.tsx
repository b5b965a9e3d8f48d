import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CountyCode, NoticeDetail } from '@/api/models';
import { useCurrentUser } from '@/auth/CurrentUser';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { COUNTIES, countyName, findCounty } from '@/domain/counties';
import { createNotice, noticeKey, noticesKey } from './api';
import { LotPicker, type PickedLot } from './LotPicker';

const CITY = 'city';

interface DraftValues {
  /** A county, or the whole city (city staff only). */
  scope: CountyCode | typeof CITY;
  title: string;
  body: string;
  lot_ids: PickedLot[];
}

const FIELDS = ['scope', 'title', 'body', 'lot_ids'] as const;

/** "新建公告": a draft notice over lots on offer. County staff draft for their county; city staff for a county
 * or the whole city. It opens as a draft, to be checked and published from its page. */
export function DraftNoticeButton() {
  const { t, i18n } = useTranslation('products');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DraftValues>();
  const ownCounty = user.role === 'county_staff' ? findCounty(user.county_code)?.code : undefined;
  const scope = Form.useWatch('scope', form);
  const county = ownCounty ?? (scope && scope !== CITY ? scope : undefined);

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="draft-notice">
        {t('notices.draft.button')}
      </Button>
      <FormModal<DraftValues, NoticeDetail>
        open={open}
        title={t('notices.draft.title')}
        okText={t('notices.draft.submit')}
        width={640}
        form={form}
        testId="notice-form"
        initialValues={{ scope: ownCounty ?? CITY, lot_ids: [] }}
        onSubmit={(values) =>
          createNotice({
            title: values.title.trim(),
            body: values.body.trim(),
            county_code: ownCounty ?? (values.scope === CITY ? null : values.scope),
            lot_ids: values.lot_ids.map((lot) => lot.value),
          })
        }
        onSuccess={(notice) => {
          queryClient.setQueryData(noticeKey(notice.id), notice);
          void queryClient.invalidateQueries({ queryKey: noticesKey });
          void message.success(t('notices.draft.saved'));
          void navigate(`/products/notices/${notice.id}`);
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, FIELDS, { county_code: 'scope' })}
      >
        <Typography.Paragraph type="secondary">{t('notices.draft.hint')}</Typography.Paragraph>
        {ownCounty ? (
          <Form.Item label={t('notices.draft.scope')}>
            <Typography.Text>{countyName(ownCounty, i18n.language)}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item
            name="scope"
            label={t('notices.draft.scope')}
            rules={[{ required: true, message: t('notices.draft.scopeRequired') }]}
            extra={t('notices.draft.scopeHint')}
          >
            <Select
              aria-label={t('notices.draft.scope')}
              // Lots of one county do not make a notice of another: a new scope starts the choice afresh.
              onChange={() => form.setFieldValue('lot_ids', [])}
              options={[
                { value: CITY, label: t('notices.draft.cityWide') },
                ...COUNTIES.map((c) => ({ value: c.code, label: countyName(c.code, i18n.language) })),
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('notices.draft.noticeTitle')}
          rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('notices.draft.titleRequired') }]}
        >
          <Input maxLength={100} placeholder={t('notices.draft.titlePlaceholder')} data-testid="notice-title" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('notices.draft.body')}
          rules={[{ required: true, whitespace: true, max: 5000, message: t('notices.draft.bodyRequired') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={5000}
            showCount
            placeholder={t('notices.draft.bodyPlaceholder')}
            data-testid="notice-body"
          />
        </Form.Item>
        <Form.Item
          name="lot_ids"
          label={t('notices.draft.lots')}
          extra={t('notices.draft.lotsHint')}
          rules={[{ required: true, type: 'array', min: 1, max: 50, message: t('notices.draft.lotsRequired') }]}
        >
          <LotPicker county={county} enabled={open} />
        </Form.Item>
      </FormModal>
    </>
  );
}
