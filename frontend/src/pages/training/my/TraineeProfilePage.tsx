import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Form, Input, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { COUNTIES, countyName } from '@/domain/counties';
import { isIdCardNumber, isMobileNumber } from '@/domain/identity';
import { BackLink } from '@/pages/loans/BackLink';
import { fetchMyTrainee, myTrainingKey, saveMyTrainee, traineeKey } from './api';
import { RefusalAlert } from './RefusalAlert';
import { TRAINEE_GROUPS, type Trainee, type TraineeIn } from './types';

const FIELDS: (keyof TraineeIn)[] = ['name', 'mobile', 'county_code', 'town', 'poor_household', 'groups', 'id_card'];

function initialValues(trainee: Trainee | null): Partial<TraineeIn> {
  if (!trainee) return { poor_household: false, groups: [] };
  const { name, mobile, county_code, town, poor_household, groups, id_card } = trainee;
  // A masked ID card (shown back with stars) is not sent again: the field starts empty and empty keeps it.
  return {
    name,
    mobile,
    county_code: county_code as TraineeIn['county_code'],
    town,
    poor_household,
    groups,
    id_card: id_card?.includes('*') ? '' : id_card,
  };
}

function TraineeForm({ trainee, onSaved }: { trainee: Trainee | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation('training');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TraineeIn>();
  const save = useMutation({
    mutationFn: saveMyTrainee,
    onSuccess: (saved) => {
      queryClient.setQueryData(traineeKey, saved);
      void queryClient.invalidateQueries({ queryKey: myTrainingKey });
      void message.success(t('my.profile.saved'));
      onSaved();
    },
    onError: (error) => {
      const { fields } = formatError(error);
      form.setFields(
        Object.entries(fields)
          .filter(([name]) => FIELDS.includes(name as keyof TraineeIn))
          .map(([name, errors]) => ({ name: name as keyof TraineeIn, errors })),
      );
    },
  });
  const maskedIdCard = trainee?.id_card?.includes('*') ? trainee.id_card : undefined;

  return (
    <Form<TraineeIn>
      form={form}
      layout="vertical"
      initialValues={initialValues(trainee)}
      className="phone-form"
      data-testid="trainee-form"
      onFinish={(values) => {
        const idCard = values.id_card?.trim().toUpperCase();
        save.mutate({
          ...values,
          name: values.name.trim(),
          mobile: values.mobile.trim(),
          town: values.town?.trim() || null,
          groups: values.groups ?? [],
          // Left empty: the record keeps what it has (or has none).
          ...(idCard ? { id_card: idCard } : { id_card: maskedIdCard ? undefined : null }),
        });
      }}
    >
      {save.isError && Object.keys(formatError(save.error).fields).length === 0 && (
        <div className="form-alert">
          <RefusalAlert error={save.error} title={t('my.profile.saveFailed')} />
        </div>
      )}
      <Form.Item
        name="name"
        label={t('my.profile.name')}
        rules={[{ required: true, whitespace: true, min: 2, max: 50, message: t('my.profile.nameRequired') }]}
      >
        <Input maxLength={50} autoComplete="name" size="large" />
      </Form.Item>
      <Form.Item
        name="mobile"
        label={t('my.profile.mobile')}
        required
        rules={[
          {
            validator: (_, value?: string) =>
              !value?.trim()
                ? Promise.reject(new Error(t('my.profile.mobileRequired')))
                : isMobileNumber(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('my.profile.mobileInvalid'))),
          },
        ]}
      >
        <Input maxLength={11} inputMode="numeric" autoComplete="tel" size="large" />
      </Form.Item>
      <Form.Item
        name="county_code"
        label={t('my.profile.county')}
        rules={[{ required: true, message: t('my.profile.countyRequired') }]}
      >
        <Select
          size="large"
          aria-label={t('my.profile.county')}
          options={COUNTIES.map((county) => ({ value: county.code, label: countyName(county.code, i18n.language) }))}
        />
      </Form.Item>
      <Form.Item name="town" label={t('my.profile.town')}>
        <Input maxLength={50} size="large" />
      </Form.Item>
      <Form.Item name="groups" label={t('my.profile.groups')}>
        <Checkbox.Group className="check-column">
          {TRAINEE_GROUPS.map((group) => (
            <Checkbox key={group} value={group}>
              {t(`my.group.${group}`)}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="poor_household" valuePropName="checked">
        <Checkbox>{t('my.profile.poorHousehold')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="id_card"
        label={t('my.profile.idCard')}
        rules={[
          {
            validator: (_, value?: string) =>
              !value?.trim() || isIdCardNumber(value.trim())
                ? Promise.resolve()
                : Promise.reject(new Error(t('my.profile.idCardInvalid'))),
          },
        ]}
      >
        <Input maxLength={18} autoComplete="off" className="mono" size="large" placeholder={maskedIdCard} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={save.isPending} data-testid="trainee-save">
        {t('my.profile.save')}
      </Button>
    </Form>
  );
}

/** 我的学员信息: the trainee's own record, filled in once and used by every enrolment. */
export function TraineeProfilePage() {
  const { t } = useTranslation('training');
  const navigate = useNavigate();
  const trainee = useQuery({ queryKey: traineeKey, queryFn: ({ signal }) => fetchMyTrainee(signal) });

  return (
    <div className="phone-page" data-testid="trainee-profile">
      <BackLink to="/training/my" label={t('my.back')} />
      <PageHeader title={t('my.profile.title')} description={t('my.profile.description')} />
      <Card className="detail-card">
        {trainee.isError && <ErrorAlert error={trainee.error} onRetry={() => void trainee.refetch()} />}
        {trainee.isPending ? (
          <Skeleton active />
        ) : (
          trainee.isSuccess && <TraineeForm trainee={trainee.data} onSaved={() => void navigate('/training/my')} />
        )}
      </Card>
    </div>
  );
}
