import type { ServicePoint } from './types';

export interface MapPoint {
  name: string;
  /** [longitude, latitude, teams] */
  value: [number, number, number];
  county: string;
}

/** The service points as scatter data on longitude/latitude; points without coordinates are left out. */
export function mapPoints(points: readonly ServicePoint[]): MapPoint[] {
  const located: MapPoint[] = [];
  for (const p of points) {
    if (typeof p.longitude !== 'number' || typeof p.latitude !== 'number') continue;
    if (!Number.isFinite(p.longitude) || !Number.isFinite(p.latitude)) continue;
    located.push({
      name: [p.town, p.village].filter(Boolean).join(' · '),
      value: [p.longitude, p.latitude, p.teams],
      county: p.county_name,
    });
  }
  return located;
}

/** Axis bounds around Qingyuan (about 112.5-113.9 E, 23.5-25.2 N), widened to take in every point, so the
 * map keeps its place whatever the data. */
export function mapBounds(points: readonly MapPoint[]): { lon: [number, number]; lat: [number, number] } {
  const lons = [112.5, 113.9, ...points.map((p) => p.value[0])];
  const lats = [23.5, 25.2, ...points.map((p) => p.value[1])];
  const pad = 0.1;
  const floor = (v: number) => Math.floor((v - pad) * 10) / 10;
  const ceil = (v: number) => Math.ceil((v + pad) * 10) / 10;
  return {
    lon: [floor(Math.min(...lons)), ceil(Math.max(...lons))],
    lat: [floor(Math.min(...lats)), ceil(Math.max(...lats))],
  };
}

/** A marker's size by the number of teams at the point. */
export function symbolSize(teams: number): number {
  return 8 + Math.min(teams, 6) * 4;
}

/** Width over height of the plot so that a kilometre east is as long as a kilometre north at the map's
 * middle latitude (a degree of longitude is shorter than one of latitude away from the equator). */
export function mapAspect(bounds: { lon: [number, number]; lat: [number, number] }): number {
  const middle = ((bounds.lat[0] + bounds.lat[1]) / 2) * (Math.PI / 180);
  return ((bounds.lon[1] - bounds.lon[0]) * Math.cos(middle)) / (bounds.lat[1] - bounds.lat[0]);
}
