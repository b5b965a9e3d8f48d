import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { HostsTab } from './HostsTab';
import { PlacementsTab } from './PlacementsTab';
import { PositionsTab } from './PositionsTab';
import './staff.css';

const TABS = ['hosts', 'positions', 'placements'] as const;
type TabId = (typeof TABS)[number];

/** 展翅计划: the host organisations, their internship positions, and the students placed in them. */
export function InternshipsPage() {
  const { t } = useTranslation('volunteers');
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as TabId | null;
  const tab: TabId = asked && TABS.includes(asked) ? asked : 'hosts';
  return (
    <>
      <PageHeader title={t('staff.internships.title')} description={t('staff.internships.description')} />
      <Card className="list-card">
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'hosts' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'hosts', label: t('staff.internships.tabs.hosts'), children: <HostsTab /> },
            { key: 'positions', label: t('staff.internships.tabs.positions'), children: <PositionsTab /> },
            { key: 'placements', label: t('staff.internships.tabs.placements'), children: <PlacementsTab /> },
          ]}
        />
      </Card>
    </>
  );
}
