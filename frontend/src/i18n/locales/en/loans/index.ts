import applications from './applications';
import claims from './claims';
import ledger from './ledger';
import phone from './phone';
import terms from './terms';

/** The loans namespace, a file for each part of the programme. */
export default {
  ...terms,
  ...ledger,
  ...applications,
  ...claims,
  ...phone,
};
