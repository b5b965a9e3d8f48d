// The eight county-level divisions of Qingyuan (清远市), by administrative division code, in the
// official order. Filters and charts use this list; list rows carry their own county_name from the API.
import type { CountyCode } from '@/api/models';

export interface County {
  code: CountyCode;
  nameZh: string;
  nameEn: string;
}

// A record, so that the compiler checks it against the codes the services accept.
const NAMES: Record<CountyCode, [zh: string, en: string]> = {
  '441802': ['清城区', 'Qingcheng District'],
  '441803': ['清新区', 'Qingxin District'],
  '441821': ['佛冈县', 'Fogang County'],
  '441823': ['阳山县', 'Yangshan County'],
  '441825': ['连山壮族瑶族自治县', 'Lianshan'],
  '441826': ['连南瑶族自治县', 'Liannan'],
  '441881': ['英德市', 'Yingde City'],
  '441882': ['连州市', 'Lianzhou City'],
};

export const COUNTIES: readonly County[] = (Object.keys(NAMES) as CountyCode[])
  .sort()
  .map((code) => ({ code, nameZh: NAMES[code][0], nameEn: NAMES[code][1] }));

export const COUNTY_CODES: readonly CountyCode[] = COUNTIES.map((county) => county.code);

const BY_CODE = new Map<string, County>(COUNTIES.map((county) => [county.code, county]));

export function findCounty(code: string | null | undefined): County | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

/** The county's name in the UI language; an unknown code falls back to the API's name, then the code. */
export function countyName(code: string | null | undefined, language: string, apiName?: string | null): string {
  const county = findCounty(code);
  if (!county) return apiName ?? code ?? '';
  return language.startsWith('en') ? county.nameEn : county.nameZh;
}
