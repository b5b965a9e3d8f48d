import { businessToday } from '@/lib/format';

/** The years from this one back to `first`, newest first, for a year filter. */
export function yearsSince(first: number, today: string = businessToday()): number[] {
  const years: number[] = [];
  for (let year = Number(today.slice(0, 4)); year >= first; year -= 1) years.push(year);
  return years;
}
