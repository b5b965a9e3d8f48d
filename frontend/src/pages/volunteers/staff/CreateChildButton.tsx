import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { campKey, fetchCampOptions } from './api';
import { ageAllowed, ageOn, birthYears, isMobile } from './age';
import { childrenKey, createChild } from './peopleApi';
import type { Gender } from './types';

interface ChildForm {
  camp_id: string;
  name: string;
  birth_year: number;
  birth_month: number;
  gender: Gender;
  grade?: string;
  village: string;
  guardian_name: string;
  guardian_relationship: string;
  guardian_phone: string;
  consent_records: boolean;
  consent_photos: boolean;
  consent_on: Dayjs;
}

const FIELDS = [
  'camp_id',
  'name',
  'birth_year',
  'birth_month',
  'gender',
  'grade',
  'village',
  'guardian_name',
  'guardian_relationship',
  'guardian_phone',
  'consent_records',
  'consent_photos',
  'consent_on',
];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** "登记儿童": a child of a camp, with the guardian's consent to the records (required) and to photos. */
export function CreateChildButton({ campId }: { campId?: string }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ChildForm>();
  const camps = useQuery({
    queryKey: ['volunteers', 'camps', 'options'],
    queryFn: ({ signal }) => fetchCampOptions(signal),
    enabled: open && !campId,
  });
  const c = (key: string) => t(`staff.children.create.${key}` as 'staff.children.create.name');
  const now = dayjs();
  // The service counts the age on the day the guardian consented.
  const consentOn = Form.useWatch('consent_on', form) ?? now;
  const today = { year: consentOn.year(), month: consentOn.month() + 1 };
  const year = Form.useWatch('birth_year', form);
  const month = Form.useWatch('birth_month', form);
  const age = year && month ? ageOn(year, month, today) : null;

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-child">
        {c('button')}
      </Button>
      <FormModal
        open={open}
        title={c('heading')}
        okText={c('submit')}
        width={640}
        form={form}
        testId="child-form"
        initialValues={{ camp_id: campId, consent_records: false, consent_photos: false, consent_on: now }}
        onSubmit={(v) =>
          createChild({
            // A camp's own page registers its child there: the form has no camp field then.
            camp_id: campId ?? v.camp_id,
            name: v.name.trim(),
            birth_year: v.birth_year,
            birth_month: v.birth_month,
            gender: v.gender,
            grade: v.grade?.trim() || null,
            village: v.village.trim(),
            guardian_name: v.guardian_name.trim(),
            guardian_relationship: v.guardian_relationship.trim(),
            guardian_phone: v.guardian_phone.trim(),
            consent_records: v.consent_records,
            consent_photos: v.consent_photos,
            consent_on: v.consent_on.format('YYYY-MM-DD'),
          })
        }
        onSuccess={(child) => {
          void queryClient.invalidateQueries({ queryKey: childrenKey });
          void queryClient.invalidateQueries({ queryKey: campKey(child.camp_id) });
          void message.success(t('staff.children.create.success', { name: child.name }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, campId ? FIELDS.filter((f) => f !== 'camp_id') : FIELDS)}
      >
        {!campId && (
          <Form.Item name="camp_id" label={c('camp')} rules={[{ required: true, message: c('campRequired') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={camps.isPending}
              options={(camps.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name}（${x.team_name}）` }))}
            />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="name"
              label={c('name')}
              rules={[{ required: true, whitespace: true, message: c('nameRequired') }]}
            >
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="gender" label={c('gender')} rules={[{ required: true, message: c('genderRequired') }]}>
              <Radio.Group
                options={(['female', 'male'] as const).map((g) => ({ value: g, label: t(`staff.gender.${g}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12} sm={8}>
            <Form.Item
              name="birth_year"
              label={c('birthYear')}
              rules={[{ required: true, message: c('birthRequired') }]}
            >
              <Select options={birthYears(today.year).map((y) => ({ value: y, label: String(y) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="birth_month"
              label={c('birthMonth')}
              dependencies={['birth_year', 'consent_on']}
              rules={[
                { required: true, message: c('birthRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, value?: number) => {
                    const y = getFieldValue('birth_year') as number | undefined;
                    if (!y || !value) return Promise.resolve();
                    const a = ageOn(y, value, today);
                    return ageAllowed(a)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('staff.children.create.ageOut', { age: a })));
                  },
                }),
              ]}
            >
              <Select options={MONTHS.map((m) => ({ value: m, label: String(m) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="grade" label={c('grade')}>
              <Input maxLength={20} placeholder={c('gradeRequired')} />
            </Form.Item>
          </Col>
        </Row>
        {age !== null && ageAllowed(age) && (
          <Typography.Paragraph type="secondary">{t('staff.children.create.age', { age })}</Typography.Paragraph>
        )}
        <Form.Item
          name="village"
          label={c('village')}
          rules={[{ required: true, whitespace: true, message: c('villageRequired') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} sm={8}>
            <Form.Item
              name="guardian_name"
              label={c('guardianName')}
              rules={[{ required: true, whitespace: true, message: c('guardianNameRequired') }]}
            >
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="guardian_relationship"
              label={c('relationship')}
              rules={[{ required: true, whitespace: true, message: c('relationshipRequired') }]}
            >
              <Input maxLength={10} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="guardian_phone"
              label={c('guardianPhone')}
              required
              rules={[
                {
                  validator: (_, v?: string) =>
                    v && isMobile(v) ? Promise.resolve() : Promise.reject(new Error(c('guardianPhoneInvalid'))),
                },
              ]}
            >
              <Input inputMode="tel" maxLength={11} />
            </Form.Item>
          </Col>
        </Row>
        <fieldset className="consent-fieldset">
          <Typography.Text strong>{c('consentTitle')}</Typography.Text>
          <Form.Item
            name="consent_records"
            valuePropName="checked"
            rules={[
              {
                validator: (_, v?: boolean) =>
                  v ? Promise.resolve() : Promise.reject(new Error(c('consentRecordsRequired'))),
              },
            ]}
          >
            <Checkbox>{c('consentRecords')}</Checkbox>
          </Form.Item>
          <Form.Item name="consent_photos" valuePropName="checked">
            <Checkbox>{c('consentPhotos')}</Checkbox>
          </Form.Item>
          <Form.Item
            name="consent_on"
            label={c('consentOn')}
            rules={[{ required: true, message: c('consentOnRequired') }]}
          >
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </fieldset>
      </FormModal>
    </>
  );
}
