import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Video, VideoCreate } from '@/api/models';
import { useCurrentUser } from '@/auth/CurrentUser';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { countyName } from '@/domain/counties';
import { businessToday } from '@/lib/format';
import { createVideo, productStatsKey, updateVideo, videosKey } from './api';
import { safeLink } from './links';
import { canRecordForCity, recordableCounties } from './roles';
import { useCatalogue } from './useCatalogue';

interface VideoForm {
  title: string;
  product_id?: string;
  url: string;
  shot_on: Dayjs;
  views: number;
}

const FIELDS = ['title', 'product_id', 'url', 'shot_on', 'views'];

/** "添加视频": a promotion video of a product of the staff's county; city staff also the brand's own. Given a
 * `video`, "修改" the same form corrects it (its views as they grow, a title, a link). */
export function AddVideoButton({ video }: { video?: Video }) {
  const { t, i18n } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<VideoForm>();
  const { catalogue, products } = useCatalogue();
  const city = canRecordForCity(user.role);
  const counties = new Set<string>(recordableCounties(user));
  const today = dayjs(businessToday());
  const options = products
    .filter((product) => counties.has(product.county_code))
    .map((product) => ({
      value: product.id,
      label: `${product.name}（${countyName(product.county_code, i18n.language, product.county_name)}）`,
    }));

  return (
    <>
      {video ? (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="edit-video">
          {t('videos.edit.button')}
        </Button>
      ) : (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="add-video">
          {t('videos.create.button')}
        </Button>
      )}
      <FormModal
        open={open}
        title={video ? t('videos.edit.heading') : t('videos.create.heading')}
        okText={video ? t('videos.edit.submit') : t('videos.create.submit')}
        width={600}
        form={form}
        testId="video-form"
        initialValues={
          video
            ? {
                title: video.title,
                url: video.url,
                shot_on: dayjs(video.shot_on),
                views: video.views,
                product_id: video.product_id ?? undefined,
              }
            : { views: 0 }
        }
        onSubmit={(values) => {
          const body = {
            title: values.title.trim(),
            url: values.url.trim(),
            shot_on: values.shot_on.format('YYYY-MM-DD'),
            views: values.views,
            product_id: values.product_id ?? null,
          } satisfies VideoCreate;
          return video ? updateVideo(video.id, body) : createVideo(body);
        }}
        onSuccess={(saved) => {
          void queryClient.invalidateQueries({ queryKey: videosKey });
          void queryClient.invalidateQueries({ queryKey: productStatsKey });
          void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
          void message.success(t(video ? 'videos.edit.success' : 'videos.create.success', { title: saved.title }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, FIELDS)}
      >
        <Form.Item
          name="title"
          label={t('videos.create.videoTitle')}
          rules={[
            { required: true, whitespace: true, min: 2, max: 100, message: t('videos.create.videoTitleRequired') },
          ]}
        >
          <Input maxLength={100} placeholder={t('videos.create.videoTitlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="product_id"
          label={t('videos.create.product')}
          extra={city ? t('videos.create.productForBrand') : t('videos.create.productHintCounty')}
          rules={[{ required: !city, message: t('videos.create.productRequired') }]}
        >
          <Select
            allowClear={city}
            showSearch
            optionFilterProp="label"
            loading={catalogue.isPending}
            placeholder={city ? t('videos.brand') : undefined}
            options={options}
          />
        </Form.Item>
        <Form.Item
          name="url"
          label={t('videos.create.url')}
          rules={[
            {
              required: true,
              validator: (_, value?: string) =>
                value && value.trim().length <= 500 && safeLink(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('videos.create.urlRequired'))),
            },
          ]}
        >
          <Input maxLength={500} inputMode="url" placeholder="https://" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="shot_on"
              label={t('videos.create.shotOn')}
              rules={[{ required: true, message: t('videos.create.shotOnRequired') }]}
            >
              <DatePicker className="full-width" disabledDate={(day) => day.isAfter(today, 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="views"
              label={t('videos.create.views')}
              extra={t('videos.create.viewsHint')}
              rules={[{ required: true, message: t('videos.create.viewsHint') }]}
            >
              <InputNumber min={0} max={10_000_000_000} precision={0} className="full-width" inputMode="numeric" />
            </Form.Item>
          </Col>
        </Row>
      </FormModal>
    </>
  );
}
