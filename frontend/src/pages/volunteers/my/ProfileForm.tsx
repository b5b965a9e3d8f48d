import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { COUNTIES, countyName } from '@/domain/counties';
import { isMobileNumber } from '@/domain/identity';
import { myKey, profileKey, saveMyProfile } from './api';
import { OTHER_HOMETOWN, toValues, toWrite, type ProfileValues } from './profileForm';
import { RefusalAlert } from './RefusalAlert';
import { SKILLS, type Profile } from './types';

const YEARS = [1, 2, 3, 4, 5, 6, 7, 8];

export function ProfileForm({ profile, onSaved }: { profile: Profile | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProfileValues>();
  const hometownChoice = Form.useWatch('hometown_choice', form);
  const save = useMutation({
    mutationFn: (values: ProfileValues) => saveMyProfile(toWrite(values)),
    onSuccess: (saved) => {
      queryClient.setQueryData(profileKey, saved);
      void queryClient.invalidateQueries({ queryKey: myKey });
      void message.success(t('my.profile.saved'));
      onSaved();
    },
    onError: (error) => {
      const { fields } = formatError(error);
      const known = new Set(Object.keys(form.getFieldsValue(true) as object));
      form.setFields(
        Object.entries(fields)
          .filter(([name]) => known.has(name))
          .map(([name, errors]) => ({ name: name as keyof ProfileValues, errors })),
      );
    },
  });
  const mobile = (required: string) => ({
    validator: (_: unknown, value?: string) =>
      !value?.trim()
        ? Promise.reject(new Error(required))
        : isMobileNumber(value.trim())
          ? Promise.resolve()
          : Promise.reject(new Error(t('my.profile.phoneInvalid'))),
  });
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];

  return (
    <Form<ProfileValues>
      form={form}
      layout="vertical"
      initialValues={toValues(profile)}
      className="phone-form"
      data-testid="volunteer-profile-form"
      onFinish={(values) => save.mutate(values)}
    >
      {save.isError && Object.keys(formatError(save.error).fields).length === 0 && (
        <div className="form-alert">
          <RefusalAlert error={save.error} title={t('my.profile.saveFailed')} />
        </div>
      )}
      <Form.Item name="name" label={t('my.profile.name')} rules={required(t('my.profile.nameRequired'))}>
        <Input size="large" maxLength={50} autoComplete="name" />
      </Form.Item>
      <Form.Item name="phone" label={t('my.profile.phone')} required rules={[mobile(t('my.profile.phoneRequired'))]}>
        <Input size="large" maxLength={11} inputMode="numeric" autoComplete="tel" />
      </Form.Item>
      <Form.Item
        name="university"
        label={t('my.profile.university')}
        rules={required(t('my.profile.universityRequired'))}
      >
        <Input size="large" maxLength={100} />
      </Form.Item>
      <Form.Item name="major" label={t('my.profile.major')} rules={required(t('my.profile.majorRequired'))}>
        <Input size="large" maxLength={100} />
      </Form.Item>
      <Form.Item
        name="year"
        label={t('my.profile.year')}
        rules={[{ required: true, message: t('my.profile.yearRequired') }]}
      >
        <Select
          size="large"
          options={YEARS.map((year) => ({ value: year, label: t('my.profile.yearOption', { count: year }) }))}
        />
      </Form.Item>
      <Form.Item
        name="hometown_choice"
        label={t('my.profile.hometownCounty')}
        extra={t('my.profile.hometownCountyHint')}
        rules={[{ required: true, message: t('my.profile.hometownRequired') }]}
      >
        <Select
          size="large"
          options={[
            ...COUNTIES.map((county) => ({ value: county.code, label: countyName(county.code, i18n.language) })),
            { value: OTHER_HOMETOWN, label: t('my.profile.hometownOther') },
          ]}
        />
      </Form.Item>
      {hometownChoice === OTHER_HOMETOWN && (
        <Form.Item name="hometown" label={t('my.profile.hometown')} rules={required(t('my.profile.hometownRequired'))}>
          <Input size="large" maxLength={100} placeholder={t('my.profile.hometownPlaceholder')} />
        </Form.Item>
      )}
      <Form.Item name="skills" label={t('my.profile.skills')}>
        <Checkbox.Group className="check-grid">
          {SKILLS.map((skill) => (
            <Checkbox key={skill} value={skill}>
              {t(`my.skill.${skill}`)}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        name="emergency_contact_name"
        label={t('my.profile.emergencyName')}
        rules={required(t('my.profile.emergencyNameRequired'))}
      >
        <Input size="large" maxLength={50} />
      </Form.Item>
      <Form.Item
        name="emergency_contact_phone"
        label={t('my.profile.emergencyPhone')}
        required
        rules={[mobile(t('my.profile.emergencyPhoneRequired'))]}
      >
        <Input size="large" maxLength={11} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="insurance_policy" label={t('my.profile.insurancePolicy')}>
        <Input size="large" maxLength={60} />
      </Form.Item>
      <Form.Item name="insurance_until" label={t('my.profile.insuranceUntil')}>
        <DatePicker size="large" className="full-width" inputReadOnly />
      </Form.Item>
      <Form.Item name="safeguarding_trained_on" label={t('my.profile.safeguarding')}>
        <DatePicker size="large" className="full-width" inputReadOnly />
      </Form.Item>
      <Alert type="info" className="form-alert" message={t('my.profile.declarationExplain')} />
      <Form.Item name="declaration_no_record" valuePropName="checked">
        <Checkbox data-testid="declaration">{t('my.profile.declaration')}</Checkbox>
      </Form.Item>
      {profile?.declared_no_record_on && (
        <Typography.Paragraph type="secondary" data-testid="declared-on">
          {t('my.profile.declaredOn', { date: profile.declared_no_record_on })}
        </Typography.Paragraph>
      )}
      <Button type="primary" htmlType="submit" size="large" block loading={save.isPending} data-testid="profile-save">
        {t('my.profile.save')}
      </Button>
    </Form>
  );
}
