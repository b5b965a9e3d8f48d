import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubsidyQuoteRequest } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { PageHeader } from '@/components/PageHeader';
import { isMoney, normaliseMoney } from '@/lib/money';
import { quoteSubsidy } from './api';
import { QuoteResult } from './QuoteResult';

interface QuoteForm {
  principal: string;
  contract_date: Dayjs;
  period: [Dayjs, Dayjs];
  interest_paid: string;
  term_months?: number | null;
  principal_repayments?: { date: Dayjs; amount: string }[];
}

const DATE = 'YYYY-MM-DD';
// The request's fields that the form shows as they are (the period and the repayments are built).
const FIELDS = ['principal', 'interest_paid', 'contract_date', 'term_months'];

function toRequest(values: QuoteForm): SubsidyQuoteRequest {
  return {
    principal: normaliseMoney(values.principal),
    contract_date: values.contract_date.format(DATE),
    period_start: values.period[0].format(DATE),
    period_end: values.period[1].format(DATE),
    interest_paid: normaliseMoney(values.interest_paid),
    term_months: values.term_months ?? null,
    principal_repayments: (values.principal_repayments ?? []).map((r) => ({
      date: r.date.format(DATE),
      amount: normaliseMoney(r.amount),
    })),
  };
}

/** 贴息测算: staff and banks quote one loan's subsidy over one claim period and see how it is worked out. */
export function SubsidyQuotePage() {
  const { t } = useTranslation('loans');
  const [form] = Form.useForm<QuoteForm>();
  const quote = useMutation({
    mutationFn: (request: SubsidyQuoteRequest) => quoteSubsidy(request),
    onError: (error) => form.setFields(problemFieldErrors(error, FIELDS)),
  });
  // On a phone the result sits below the form: bring it into view when it arrives.
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (quote.data) result.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [quote.data]);
  const amount = (required: string) => ({
    validator: (_: unknown, value?: string) =>
      !value
        ? Promise.reject(new Error(required))
        : isMoney(value)
          ? Promise.resolve()
          : Promise.reject(new Error(t('quote.form.amountInvalid'))),
  });

  return (
    <>
      <PageHeader title={t('quote.title')} description={t('quote.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('quote.form.title')} className="detail-card">
            <Form<QuoteForm>
              form={form}
              layout="vertical"
              onFinish={(values) => quote.mutate(toRequest(values))}
              data-testid="quote-form"
            >
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="principal"
                    required
                    label={t('quote.form.principal')}
                    rules={[amount(t('quote.form.principalRequired'))]}
                  >
                    <Input inputMode="decimal" placeholder="200000.00" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="contract_date"
                    label={t('quote.form.contractDate')}
                    rules={[{ required: true, message: t('quote.form.contractDateRequired') }]}
                  >
                    <DatePicker className="full-width" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="period"
                label={t('quote.form.period')}
                rules={[{ required: true, message: t('quote.form.periodRequired') }]}
              >
                <DatePicker.RangePicker className="full-width" />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="interest_paid"
                    required
                    label={t('quote.form.interestPaid')}
                    extra={t('quote.form.interestPaidHint')}
                    rules={[amount(t('quote.form.interestPaidRequired'))]}
                  >
                    <Input inputMode="decimal" placeholder="2300.00" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="term_months"
                    label={t('quote.form.termMonths')}
                    extra={t('quote.form.termMonthsHint')}
                  >
                    <InputNumber min={1} max={600} precision={0} className="full-width" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label={t('quote.form.repayments')}>
                <Form.List name="principal_repayments">
                  {(fields, { add, remove }) => (
                    <Flex vertical gap={8}>
                      {fields.map((field) => (
                        <Flex key={field.key} gap={8} align="flex-start">
                          <Form.Item
                            name={[field.name, 'date']}
                            noStyle
                            rules={[{ required: true, message: t('quote.form.repaymentDate') }]}
                          >
                            <DatePicker placeholder={t('quote.form.repaymentDate')} className="repayment-date" />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'amount']}
                            noStyle
                            rules={[amount(t('quote.form.amountInvalid'))]}
                          >
                            <Input inputMode="decimal" placeholder={t('quote.form.repaymentAmount')} />
                          </Form.Item>
                          <Button
                            type="text"
                            icon={<DeleteOutlined />}
                            aria-label={t('quote.form.removeRepayment')}
                            onClick={() => remove(field.name)}
                          />
                        </Flex>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
                        {t('quote.form.addRepayment')}
                      </Button>
                    </Flex>
                  )}
                </Form.List>
              </Form.Item>
              {quote.isError && <ErrorAlert error={quote.error} />}
              <Flex gap={8}>
                <Button type="primary" htmlType="submit" loading={quote.isPending}>
                  {t('quote.form.submit')}
                </Button>
                <Button
                  onClick={() => {
                    form.resetFields();
                    quote.reset();
                  }}
                >
                  {t('quote.form.reset')}
                </Button>
              </Flex>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <div ref={result} className="quote-result">
            <QuoteResult request={quote.variables} quote={quote.data} />
          </div>
        </Col>
      </Row>
    </>
  );
}
