import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/training/base';

const training: Messages<typeof zhCN> = {
  kind: {
    lead_goose: 'Lead goose training',
    lecture_hall: 'Youth farmer lecture hall',
    ecommerce_class: 'E-commerce class',
    online: 'Online learning',
  },
  level: {
    city: 'City',
    county: 'County',
    town: 'Town',
  },
  programmes: {
    title: 'Training programmes',
    description:
      'Lead goose training, the youth farmer lecture hall, e-commerce classes and online learning for rural youth.',
    exportName: 'training-programmes',
    columns: {
      name: 'Programme',
      kind: 'Kind',
      description: 'Description',
    },
    filters: {
      kind: 'Kind',
    },
  },
  sessions: {
    title: 'Training sessions',
    description: 'Sessions at city, county and town level; times are shown in Beijing time.',
    exportName: 'training-sessions',
    columns: {
      title: 'Session',
      programme: 'Programme',
      level: 'Level',
      county: 'County',
      town: 'Town',
      venue: 'Venue',
      time: 'Time',
      startsAt: 'Starts',
      endsAt: 'Ends',
      capacity: 'Places',
    },
    filters: {
      programme: 'Programme',
      level: 'Level',
      from: 'Starting from',
      to: 'Starting until',
    },
    citywide: 'City-wide',
  },
};

export default training;
