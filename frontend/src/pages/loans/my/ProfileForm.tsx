import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Borrower, BorrowerProfile } from '@/api/models';
import { formatError } from '@/api/problem';
import { COUNTIES, countyName } from '@/domain/counties';
import { EDUCATIONS } from '@/domain/enums';
import { isIdCardNumber, isMobileNumber } from '@/domain/identity';
import { profileKey, saveMyProfile } from './api';

const FIELDS: (keyof BorrowerProfile)[] = ['name', 'id_card', 'mobile', 'county_code', 'town', 'village', 'education'];

interface ProfileFormProps {
  profile: Borrower | null;
  submitText: string;
  onSaved: (borrower: Borrower) => void;
  /** Buttons before the submit button, e.g. "上一步". */
  before?: ReactNode;
}

function initialValues(profile: Borrower | null): Partial<BorrowerProfile> {
  if (!profile) return { poor_household: false };
  const { name, id_card, mobile, town, village, poor_household, education } = profile;
  return {
    name,
    id_card,
    mobile,
    town,
    village,
    poor_household,
    education,
    county_code: profile.county_code as BorrowerProfile['county_code'],
  };
}

/** The borrower profile: filled in once, taken by every application. Saved with PUT (an upsert). */
export function ProfileForm({ profile, submitText, onSaved, before }: ProfileFormProps) {
  const { t, i18n } = useTranslation('loans');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BorrowerProfile>();
  const save = useMutation({
    mutationFn: saveMyProfile,
    onSuccess: (borrower) => {
      queryClient.setQueryData(profileKey, borrower);
      void message.success(t('profile.saved'));
      onSaved(borrower);
    },
    onError: (error) => {
      const { fields } = formatError(error);
      form.setFields(
        Object.entries(fields)
          .filter(([name]) => FIELDS.includes(name as keyof BorrowerProfile))
          .map(([name, errors]) => ({ name: name as keyof BorrowerProfile, errors })),
      );
    },
  });
  const failure = save.error ? formatError(save.error) : null;
  // From the first submission on, what staff and the bank reviewed stays: only staff correct it.
  const frozen = profile?.identity_frozen ?? false;
  const validate = (check: (value: string) => boolean, required: string, invalid: string) => ({
    validator: (_: unknown, value?: string) =>
      !value?.trim()
        ? Promise.reject(new Error(required))
        : check(value)
          ? Promise.resolve()
          : Promise.reject(new Error(invalid)),
  });

  return (
    <Form<BorrowerProfile>
      form={form}
      layout="vertical"
      initialValues={initialValues(profile)}
      onFinish={(values) =>
        save.mutate({
          ...values,
          name: values.name.trim(),
          id_card: values.id_card.trim().toUpperCase(),
          mobile: values.mobile.trim(),
        })
      }
      data-testid="profile-form"
      className="phone-form"
    >
      {failure && Object.keys(failure.fields).length === 0 && (
        <Alert type="error" showIcon message={failure.title} description={failure.detail} className="form-alert" />
      )}
      {frozen && <Alert type="info" showIcon message={t('profile.identityFrozen')} className="form-alert" />}
      <Form.Item
        name="name"
        label={t('profile.name')}
        rules={[{ required: true, whitespace: true, min: 2, max: 50, message: t('profile.nameRequired') }]}
      >
        <Input maxLength={50} autoComplete="name" disabled={frozen} />
      </Form.Item>
      <Form.Item
        name="id_card"
        required
        label={t('profile.idCard')}
        rules={[validate(isIdCardNumber, t('profile.idCardRequired'), t('profile.idCardInvalid'))]}
      >
        <Input maxLength={18} autoComplete="off" className="mono" disabled={frozen} />
      </Form.Item>
      <Form.Item
        name="mobile"
        required
        label={t('profile.mobile')}
        rules={[validate(isMobileNumber, t('profile.mobileRequired'), t('profile.mobileInvalid'))]}
      >
        <Input maxLength={11} inputMode="numeric" autoComplete="tel" />
      </Form.Item>
      <Form.Item
        name="county_code"
        label={t('profile.county')}
        rules={[{ required: true, message: t('profile.countyRequired') }]}
      >
        <Select
          disabled={frozen}
          aria-label={t('profile.county')}
          options={COUNTIES.map((county) => ({ value: county.code, label: countyName(county.code, i18n.language) }))}
        />
      </Form.Item>
      <Form.Item
        name="town"
        label={t('profile.town')}
        rules={[{ required: true, whitespace: true, message: t('profile.townRequired') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="village"
        label={t('profile.village')}
        rules={[{ required: true, whitespace: true, message: t('profile.villageRequired') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="education"
        label={t('profile.education')}
        rules={[{ required: true, message: t('profile.educationRequired') }]}
      >
        <Select
          aria-label={t('profile.education')}
          options={EDUCATIONS.map((education) => ({ value: education, label: t(`education.${education}`) }))}
        />
      </Form.Item>
      <Form.Item name="poor_household" valuePropName="checked">
        <Checkbox>{t('profile.poorHousehold')}</Checkbox>
      </Form.Item>
      <div className="form-buttons">
        {before}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="profile-submit">
          {submitText}
        </Button>
      </div>
    </Form>
  );
}
