import type { Messages } from '../../messages';
import type zhCN from '../zh-CN/dashboard';

const dashboard: Messages<typeof zhCN> = {
  title: 'Dashboard',
  subtitle: 'Live figures from the four services, computed from their records.',
  generatedAt: 'Computed at {{time}}',
  service: {
    loans: 'Loans',
    products: 'Products',
    training: 'Training',
    volunteers: 'Volunteers',
  },
  unavailable: {
    title: 'Service unavailable',
    description: 'This service cannot be reached right now; the others are not affected.',
  },
  noFigures: 'No figures yet',
  open: 'Open',
  chart: {
    title: 'By county',
    subtitle: 'Records per county, by service',
    empty: 'No figures by county yet',
  },
  figures: {
    loans: {
      loans_disbursed: 'Loans disbursed',
      amount_disbursed: 'Amount lent',
      projects: 'Projects supported',
      poor_households_driven: 'Poor households driven',
      subsidy_paid: 'Subsidy paid',
      overdue_loans: 'Overdue loans',
      partner_banks: 'Partner banks',
      lpr_fixings: 'LPR fixings',
      lpr_1y_current: 'Current 1-year LPR',
    },
    products: {
      featured_products: 'Featured products',
      brand_products: 'Brand products',
      certified_products: 'Certified products',
    },
    training: {
      programmes: 'Programmes',
      sessions: 'Sessions',
      capacity: 'Training places',
      lead_goose_sessions: 'Lead goose sessions',
      lecture_hall_sessions: 'Lecture hall sessions',
      ecommerce_classes: 'E-commerce classes',
    },
    volunteers: {
      activities: 'Activities',
      places: 'Volunteer places',
      summer_camps: 'Summer camps',
      service_teams: 'Service teams',
      service_points: 'Villages served',
    },
  },
  units: {
    projects: 'projects',
    loans: 'loans',
    CNY: 'CNY',
    households: 'households',
    banks: 'banks',
    fixings: 'fixings',
    products: 'products',
    programmes: 'programmes',
    sessions: 'sessions',
    places: 'places',
    people: 'people',
    activities: 'activities',
    camps: 'camps',
    teams: 'teams',
    classes: 'classes',
    students: 'students',
    villages: 'villages',
    percent: '%',
  },
};

export default dashboard;
