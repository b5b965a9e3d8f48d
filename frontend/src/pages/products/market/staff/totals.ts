/** Kilograms summed per label (a product, a buyer), largest first, to two places. Pure. */
export function totalsBy<T extends { quantity_kg: string }>(
  rows: readonly T[],
  label: (row: T) => string,
): { label: string; kg: number }[] {
  const hundredths = new Map<string, number>();
  for (const row of rows) {
    const key = label(row);
    hundredths.set(key, (hundredths.get(key) ?? 0) + Math.round(Number(row.quantity_kg) * 100));
  }
  return [...hundredths]
    .map(([name, total]) => ({ label: name, kg: total / 100 }))
    .sort((a, b) => b.kg - a.kg || a.label.localeCompare(b.label));
}
