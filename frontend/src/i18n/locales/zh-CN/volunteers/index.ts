import base from './base';
import consolePages from './console';
import my from './my';

/** The volunteers namespace: what exists from before (base), the staff console's pages, the phone's pages. */
export default {
  ...base,
  ...consolePages,
  ...my,
};
