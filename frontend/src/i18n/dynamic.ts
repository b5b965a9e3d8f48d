import type { i18n as I18n } from 'i18next';

/**
 * Translates a key built at run time (e.g. a figure key sent by a service), falling back to a given
 * text when no translation exists. Statically known keys go through the typed `t` instead.
 */
export function translateOr(i18n: I18n, key: string, fallback: string): string {
  return i18n.exists(key) ? String(i18n.t(key as never)) : fallback;
}
