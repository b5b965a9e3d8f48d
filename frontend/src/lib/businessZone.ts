import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

// dayjs with time zones, for the pages that compute with Beijing dates (the training calendar, the notices). The
// first pages format their times without it (lib/format.ts): the plugin and the Intl formatter it builds cost a
// phone's first render more than the arithmetic.
dayjs.extend(utc);
dayjs.extend(timezone);

/** Business time zone: the API speaks UTC, people read Beijing time. */
export const BUSINESS_TZ = 'Asia/Shanghai';
