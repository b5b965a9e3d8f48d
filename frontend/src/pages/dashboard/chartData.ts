import type { ServiceName, ServiceStatus } from '@/api/models';
import { COUNTIES, countyName } from '@/domain/counties';

export interface CountyChartData {
  counties: string[];
  series: { service: ServiceName; values: number[] }[];
}

/**
 * Lines up the by-county values of every available service that has any on the same axis: Qingyuan's counties in
 * division-code order, then any other county a service reported. A county a service did not report is 0.
 */
export function countyChartData(services: ServiceStatus[], language: string): CountyChartData {
  // A service with nothing in any county (or no county dimension at all) adds only empty bars.
  const reporting = services.filter(
    (status) => status.available && (status.stats?.by_county ?? []).some((row) => row.value > 0),
  );
  const codes: string[] = COUNTIES.map((county) => county.code);
  const apiNames = new Map<string, string>();
  for (const status of reporting) {
    for (const row of status.stats?.by_county ?? []) {
      apiNames.set(row.county_code, row.county_name);
      if (!codes.includes(row.county_code)) codes.push(row.county_code);
    }
  }
  return {
    counties: codes.map((code) => countyName(code, language, apiNames.get(code))),
    series: reporting.map((status) => {
      const values = new Map((status.stats?.by_county ?? []).map((row) => [row.county_code, Number(row.value)]));
      return { service: status.service, values: codes.map((code) => values.get(code) ?? 0) };
    }),
  };
}
