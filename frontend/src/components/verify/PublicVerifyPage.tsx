import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Descriptions,
  type DescriptionsProps,
  Flex,
  Form,
  Input,
  Result,
  Skeleton,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LanguageSwitch } from '@/components/LanguageSwitch';

/** What a certificate's public check shows, in the reader's language: each programme words its own. */
const VERIFY_KEYS = [
  'brand',
  'title',
  'intro',
  'number',
  'numberRequired',
  'numberPlaceholder',
  'check',
  'valid',
  'invalid',
  'notFound',
  'notFoundHint',
  'footer',
] as const;

export type VerifyWords = Record<(typeof VERIFY_KEYS)[number], string>;

/** The page's words, each from the programme's own words by its key: `verifyWords((key) => t(key))`. */
export function verifyWords(word: (key: keyof VerifyWords) => string): VerifyWords {
  return Object.fromEntries(VERIFY_KEYS.map((key) => [key, word(key)])) as VerifyWords;
}

interface Checked {
  number: string;
  valid: boolean;
}

interface PublicVerifyPageProps<C extends Checked> {
  /** The page's own path, `/verify`: a number typed in goes to `${path}/<number>`. */
  path: string;
  words: VerifyWords;
  fetchCertificate: (number: string, signal: AbortSignal) => Promise<C>;
  /** The certificate's lines after its number. */
  details: (certificate: C) => DescriptionsProps['items'];
  'data-testid': string;
}

function Check<C extends Checked>({
  number,
  path,
  words,
  fetchCertificate,
  details,
}: PublicVerifyPageProps<C> & {
  number: string;
}) {
  const certificate = useQuery({
    queryKey: ['verify', path, number],
    queryFn: ({ signal }) => fetchCertificate(number, signal),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  if (certificate.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (certificate.isError) {
    if (certificate.error instanceof ApiError && certificate.error.status === 404) {
      return (
        <Card data-testid="verify-outcome">
          <Result
            status="warning"
            title={<span data-testid="verify-verdict">{words.notFound}</span>}
            subTitle={words.notFoundHint}
          />
        </Card>
      );
    }
    return <ErrorAlert error={certificate.error} onRetry={() => void certificate.refetch()} />;
  }
  const { valid } = certificate.data;
  return (
    <Card className="verify-outcome" data-testid="verify-outcome">
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" className={valid ? 'verify-valid' : 'verify-revoked'}>
          {valid ? <CheckCircleFilled /> : <CloseCircleFilled />}
          <Typography.Title level={4} className="verify-verdict" data-testid="verify-verdict">
            {valid ? words.valid : words.invalid}
          </Typography.Title>
        </Flex>
        <Descriptions
          column={1}
          size="small"
          bordered
          className="detail-card"
          items={[
            {
              key: 'number',
              label: words.number,
              children: <span className="mono">{certificate.data.number}</span>,
            },
            ...(details(certificate.data) ?? []),
          ]}
        />
      </Flex>
    </Card>
  );
}

/** A public page, no login: anyone holding a certificate's number (printed beside its QR code) checks that it is
 * genuine and still valid. Training's certificates and volunteers' hours certificates each have one. */
export function PublicVerifyPage<C extends Checked>(props: PublicVerifyPageProps<C>) {
  const { path, words } = props;
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  const { number = '' } = useParams();
  const [form] = Form.useForm<{ number: string }>();

  return (
    <div className="public-page">
      <header className="public-header">
        <Flex className="public-column" justify="space-between" align="center" gap={12}>
          <Link to={path} className="public-brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span>{t('app.name')}</span>
            <span className="public-brand-sub">{words.brand}</span>
          </Link>
          <LanguageSwitch size="small" />
        </Flex>
      </header>
      <main className="public-column public-main" data-testid={props['data-testid']}>
        <section className="public-hero">
          <Typography.Title level={2}>
            <SafetyCertificateOutlined /> {words.title}
          </Typography.Title>
          <Typography.Paragraph>{words.intro}</Typography.Paragraph>
        </section>
        <Flex vertical gap={12}>
          <Card>
            <Form
              form={form}
              layout="vertical"
              initialValues={{ number }}
              key={number}
              onFinish={({ number: typed }) => void navigate(`${path}/${encodeURIComponent(typed.trim())}`)}
              data-testid="verify-form"
            >
              <Form.Item
                name="number"
                label={words.number}
                rules={[{ required: true, whitespace: true, message: words.numberRequired }]}
              >
                <Input
                  size="large"
                  className="mono"
                  maxLength={40}
                  autoCapitalize="characters"
                  autoComplete="off"
                  placeholder={words.numberPlaceholder}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" size="large" block icon={<SearchOutlined />}>
                {words.check}
              </Button>
            </Form>
          </Card>
          {number && <Check {...props} number={number} />}
        </Flex>
      </main>
      <footer className="public-column public-footer">
        <Typography.Text type="secondary">{words.footer}</Typography.Text>
      </footer>
    </div>
  );
}
