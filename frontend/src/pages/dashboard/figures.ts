import type { i18n as I18n } from 'i18next';
import type { Figure, ServiceName } from '@/api/models';
import { translateOr } from '@/i18n/dynamic';

/** A figure's label: its translation under dashboard.figures.<service>.<key>, else the key itself. */
export function figureLabel(i18n: I18n, service: ServiceName, key: string): string {
  return translateOr(i18n, `dashboard:figures.${service}.${key}`, key);
}

/** A unit's translation under dashboard.units, else the unit as the service wrote it. */
export function unitLabel(i18n: I18n, unit: string): string {
  return unit ? translateOr(i18n, `dashboard:units.${unit}`, unit) : '';
}

/** A figure's value as a number and the decimals it was written with ("3.00" keeps two). */
export function figureValue(figure: Figure): { number: number | null; precision: number } {
  const text = String(figure.value).trim();
  const number = text === '' ? NaN : Number(text);
  const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
  return { number: Number.isFinite(number) ? number : null, precision: decimals };
}
