import { PhoneOutlined } from '@ant-design/icons';
import { Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Inquiry } from '@/api/models';
import { formatDateTime, formatMoney } from '@/lib/format';

/** A masked number ("139****0601") cannot be dialled; a number in full can, from a phone. */
const dialable = (mobile: string) => /^\d{11}$/.test(mobile);

interface InquiryProps {
  inquiry: Inquiry;
  /** Under a notice's page the notice's title goes without saying. */
  showNotice?: boolean;
}

/** One "我要采购" as a card: who, how to reach them, for what, how much, and what they wrote. */
export function InquirySummary({ inquiry, showNotice = true }: InquiryProps) {
  const { t } = useTranslation('products');
  return (
    <Flex vertical gap={4} className="full-width" data-testid="inquiry">
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <Typography.Text strong>
          {inquiry.organisation
            ? t('notices.inquiries.who', { name: inquiry.name, organisation: inquiry.organisation })
            : inquiry.name}
        </Typography.Text>
        <Typography.Text type="secondary" className="small-text">
          {formatDateTime(inquiry.created_at)}
        </Typography.Text>
      </Flex>
      {dialable(inquiry.mobile) ? (
        <a href={`tel:${inquiry.mobile}`} className="mono" data-testid="inquiry-mobile">
          <PhoneOutlined /> {inquiry.mobile}
        </a>
      ) : (
        <Typography.Text className="mono" data-testid="inquiry-mobile">
          {inquiry.mobile}
        </Typography.Text>
      )}
      <Typography.Text>
        {inquiry.product_name ?? t('notices.inquiries.wholeNotice')}
        {inquiry.quantity_kg && ` · ${t('notices.inquiries.quantity', { kg: formatMoney(inquiry.quantity_kg) })}`}
      </Typography.Text>
      {showNotice && (
        <Typography.Text type="secondary" className="small-text">
          {t('notices.inquiries.onNotice', { title: inquiry.notice_title })}
        </Typography.Text>
      )}
      <Typography.Paragraph className="timeline-reason pre-wrap">{inquiry.message}</Typography.Paragraph>
    </Flex>
  );
}

export function InquiryItem(props: InquiryProps) {
  return (
    <List.Item className="market-item">
      <InquirySummary {...props} />
    </List.Item>
  );
}
