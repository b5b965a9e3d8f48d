import applications from './applications';
import banks from './banks';
import claims from './claims';
import loans from './loans';
import lpr from './lpr';
import phone from './phone';
import policies from './policies';
import quote from './quote';
import stats from './stats';
import terms from './terms';
import webhooks from './webhooks';

/** The loans namespace, a file for each part of the programme. */
export default {
  ...terms,
  ...banks,
  ...lpr,
  ...loans,
  ...policies,
  ...quote,
  ...stats,
  ...applications,
  ...claims,
  ...phone,
  ...webhooks,
};
