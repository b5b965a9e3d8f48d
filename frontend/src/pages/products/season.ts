/**
 * The months a product is on the market, as short text: consecutive months join into ranges that may
 * wrap the new year (11, 12, 1 → "11月–1月"); no months, or all twelve, means all year.
 */
export function formatSeason(months: number[], monthName: (month: number) => string, allYear: string): string {
  const set = new Set(months.filter((m) => m >= 1 && m <= 12));
  if (set.size === 0 || set.size === 12) return allYear;
  // Start each run at a month whose predecessor is not in season, so runs never split at December.
  const starts = [...set].filter((m) => !set.has(m === 1 ? 12 : m - 1)).sort((a, b) => a - b);
  return starts
    .map((start) => {
      let end = start;
      while (set.has(end === 12 ? 1 : end + 1)) end = end === 12 ? 1 : end + 1;
      return start === end ? monthName(start) : `${monthName(start)}–${monthName(end)}`;
    })
    .join('、');
}
