import { LockOutlined } from '@ant-design/icons';
import { Card, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Borrower } from '@/api/models';
import { countyName } from '@/domain/counties';
import { TWO_COLUMNS, WHOLE_ROW } from '../descriptions';

/** The borrower as the service shows them to this caller: ID-card and mobile numbers come masked
 * unless the caller is city staff or the borrower, and are shown exactly as sent. */
export function BorrowerCard({ borrower, extra }: { borrower: Borrower; extra?: ReactNode }) {
  const { t, i18n } = useTranslation(['loans', 'common']);
  const masked = borrower.id_card.includes('*') || borrower.mobile.includes('*');
  const genderKey = `loans:gender.${borrower.gender}`;
  const place = [countyName(borrower.county_code, i18n.language, borrower.county_name), borrower.town, borrower.village]
    .filter(Boolean)
    .join(' · ');
  return (
    <Card title={t('application.borrower.title')} extra={extra} className="detail-card" data-testid="borrower-card">
      <Descriptions
        size="small"
        column={TWO_COLUMNS}
        items={[
          { key: 'name', label: t('application.borrower.name'), children: borrower.name },
          {
            key: 'gender',
            label: t('application.borrower.gender'),
            children: i18n.exists(genderKey) ? String(i18n.t(genderKey as never)) : borrower.gender,
          },
          {
            key: 'idCard',
            label: t('application.borrower.idCard'),
            children: <span className="mono">{borrower.id_card}</span>,
          },
          {
            key: 'mobile',
            label: t('application.borrower.mobile'),
            children: <span className="mono">{borrower.mobile}</span>,
          },
          {
            key: 'age',
            label: t('application.borrower.age'),
            children: `${t('application.borrower.ageValue', { age: borrower.age })}（${borrower.birth_date}）`,
          },
          {
            key: 'education',
            label: t('application.borrower.education'),
            children: t(`education.${borrower.education}`),
          },
          { key: 'place', label: t('application.borrower.place'), children: place, span: WHOLE_ROW },
          {
            key: 'poor',
            label: t('application.borrower.poorHousehold'),
            children: borrower.poor_household ? t('common:list.yes') : t('common:list.no'),
          },
        ]}
      />
      {masked && (
        <Typography.Text type="secondary" className="card-note">
          <LockOutlined /> {t('application.borrower.masked')}
        </Typography.Text>
      )}
    </Card>
  );
}
