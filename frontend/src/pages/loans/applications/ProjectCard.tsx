import { Card, Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationCreate } from '@/api/models';
import { formatMoney } from '@/lib/format';
import { TWO_COLUMNS, WHOLE_ROW } from '../descriptions';

type Project = Pick<
  ApplicationCreate,
  | 'project_name'
  | 'project_use'
  | 'project_location'
  | 'project_description'
  | 'amount_requested'
  | 'jobs_created'
  | 'poor_households_driven'
  | 'households_village'
  | 'epidemic_affected'
  | 'demonstration'
>;

interface ProjectCardProps {
  project: Project;
  /** Rows after the project's own: the bank, the dates. */
  more?: { key: string; label: string; children: ReactNode }[];
  extra?: ReactNode;
}

export function ProjectCard({ project, more = [], extra }: ProjectCardProps) {
  const { t } = useTranslation(['loans', 'common']);
  const yesNo = (value: boolean | undefined) => (value ? t('common:list.yes') : t('common:list.no'));
  return (
    <Card title={t('application.project.title')} extra={extra} className="detail-card" data-testid="project-card">
      <Descriptions
        size="small"
        column={TWO_COLUMNS}
        items={[
          { key: 'name', label: t('application.project.name'), children: project.project_name, span: WHOLE_ROW },
          { key: 'use', label: t('application.project.use'), children: t(`use.${project.project_use}`) },
          { key: 'amount', label: t('application.project.amount'), children: formatMoney(project.amount_requested) },
          {
            key: 'location',
            label: t('application.project.location'),
            children: project.project_location,
            span: WHOLE_ROW,
          },
          {
            key: 'description',
            label: t('application.project.description'),
            children: <span className="pre-wrap">{project.project_description}</span>,
            span: WHOLE_ROW,
          },
          { key: 'jobs', label: t('application.project.jobs'), children: project.jobs_created ?? 0 },
          {
            key: 'poor',
            label: t('application.project.poorHouseholds'),
            children: project.poor_households_driven ?? 0,
          },
          {
            key: 'village',
            label: t('application.project.householdsVillage'),
            children: project.households_village || '—',
            span: WHOLE_ROW,
          },
          { key: 'epidemic', label: t('application.project.epidemic'), children: yesNo(project.epidemic_affected) },
          { key: 'demo', label: t('application.project.demonstration'), children: yesNo(project.demonstration) },
          ...more,
        ]}
      />
    </Card>
  );
}
