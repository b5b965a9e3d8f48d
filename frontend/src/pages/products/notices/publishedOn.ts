import dayjs from 'dayjs';
import { BUSINESS_TZ } from '@/lib/businessZone';

/** The day a notice was published, in Beijing (YYYY-MM-DD): what the public reads beside its title. */
export const publishedOn = (iso: string): string => dayjs(iso).tz(BUSINESS_TZ).format('YYYY-MM-DD');
