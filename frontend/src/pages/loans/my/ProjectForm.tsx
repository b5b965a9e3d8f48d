import { Button, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationCreate } from '@/api/models';
import { LOAN_USES } from '@/domain/enums';
import { formatMoney } from '@/lib/format';
import { isMoney, normaliseMoney } from '@/lib/money';

interface ProjectFormProps {
  initial?: Partial<ApplicationCreate>;
  /** The policy's cap on subsidised principal, as a hint beside the amount. */
  principalCap?: string;
  submitText: string;
  onDone: (project: ApplicationCreate) => void;
  before?: ReactNode;
}

/** 项目信息: what the loan is for. The borrower comes from the profile. */
export function ProjectForm({ initial, principalCap, submitText, onDone, before }: ProjectFormProps) {
  const { t } = useTranslation('loans');
  const [form] = Form.useForm<ApplicationCreate>();
  return (
    <Form<ApplicationCreate>
      form={form}
      layout="vertical"
      initialValues={{
        jobs_created: 0,
        poor_households_driven: 0,
        epidemic_affected: false,
        demonstration: false,
        ...initial,
      }}
      onFinish={(values) =>
        onDone({
          ...values,
          project_name: values.project_name.trim(),
          project_location: values.project_location.trim(),
          project_description: values.project_description.trim(),
          households_village: values.households_village?.trim() || null,
          amount_requested: normaliseMoney(values.amount_requested),
          jobs_created: values.jobs_created ?? 0,
          poor_households_driven: values.poor_households_driven ?? 0,
        })
      }
      data-testid="project-form"
      className="phone-form"
    >
      <Form.Item
        name="project_name"
        label={t('apply.project.name')}
        rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('apply.project.nameRequired') }]}
      >
        <Input maxLength={100} placeholder={t('apply.project.namePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="project_use"
        label={t('apply.project.use')}
        rules={[{ required: true, message: t('apply.project.useRequired') }]}
      >
        <Select
          aria-label={t('apply.project.use')}
          options={LOAN_USES.map((use) => ({ value: use, label: t(`use.${use}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="project_location"
        label={t('apply.project.location')}
        rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('apply.project.locationRequired') }]}
      >
        <Input maxLength={200} placeholder={t('apply.project.locationPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="project_description"
        label={t('apply.project.description')}
        rules={[
          { required: true, whitespace: true, min: 10, max: 4000, message: t('apply.project.descriptionRequired') },
        ]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('apply.project.descriptionPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="amount_requested"
        required
        label={t('apply.project.amount')}
        extra={principalCap && t('apply.project.amountHint', { cap: formatMoney(principalCap) })}
        rules={[
          {
            validator: (_, value?: string) =>
              value && isMoney(value) && Number(value) > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('apply.project.amountRequired'))),
          },
        ]}
      >
        <Input inputMode="decimal" placeholder="200000" suffix={t('apply.project.yuan')} />
      </Form.Item>
      <div className="form-pair">
        <Form.Item name="jobs_created" label={t('apply.project.jobs')}>
          <InputNumber min={0} max={100000} precision={0} className="full-width" inputMode="numeric" />
        </Form.Item>
        <Form.Item name="poor_households_driven" label={t('apply.project.poorHouseholds')}>
          <InputNumber min={0} max={100000} precision={0} className="full-width" inputMode="numeric" />
        </Form.Item>
      </div>
      <Form.Item name="households_village" label={t('apply.project.householdsVillage')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="epidemic_affected" valuePropName="checked" className="form-check">
        <Checkbox>{t('apply.project.epidemic')}</Checkbox>
      </Form.Item>
      <Form.Item name="demonstration" valuePropName="checked">
        <Checkbox>{t('apply.project.demonstration')}</Checkbox>
      </Form.Item>
      <div className="form-buttons">
        {before}
        <Button type="primary" htmlType="submit" data-testid="project-submit">
          {submitText}
        </Button>
      </div>
    </Form>
  );
}
