import base from './base';
import consolePages from './console';
import consoleWork from './consoleWork';
import my from './my';

/** The volunteers namespace: what exists from before (base), the staff console's pages (people and camps, and
 * the teams' work), the phone's pages. */
export default {
  ...base,
  ...consolePages,
  staff: { ...consolePages.staff, ...consoleWork.staff },
  ...my,
};
