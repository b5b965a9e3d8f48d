import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/volunteers/base';

const volunteers: Messages<typeof zhCN> = {
  kind: {
    summer_camp: 'Summer camp for left-behind children',
    service_team: 'Industry revitalization service team',
  },
  activities: {
    title: 'Volunteer activities',
    description: 'Summer camps for left-behind children and industry revitalization service teams recruiting students.',
    exportName: 'volunteer-activities',
    columns: {
      name: 'Activity',
      kind: 'Kind',
      county: 'County',
      place: 'Place',
      town: 'Town',
      village: 'Village',
      recruitPeriod: 'Recruiting',
      recruitFrom: 'Recruiting from',
      recruitUntil: 'Recruiting until',
      places: 'Places',
      description: 'Description',
    },
    filters: {
      kind: 'Kind',
      openOn: 'Recruiting on',
    },
  },
};

export default volunteers;
