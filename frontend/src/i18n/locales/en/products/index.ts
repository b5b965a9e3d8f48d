import market from './market';
import notices from './notices';
import parties from './parties';
import programme from './programme';

/** The products namespace, a file for each part of the programme. */
export default {
  ...market,
  ...parties,
  ...notices,
  ...programme,
};
