import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { menuItems, selectedKey } from './navigation';

const t = ((key: string) => key) as unknown as TFunction;

/** Every page path in a role's menu. */
function paths(role: Parameters<typeof menuItems>[1]): string[] {
  return menuItems(t, role).flatMap((item) => {
    if (!item || !('key' in item)) return [];
    const children = 'children' in item && Array.isArray(item.children) ? item.children : [];
    return children.length > 0 ? children.map((child) => String(child?.key)) : [String(item.key)];
  });
}

describe('the menu', () => {
  it('gives an entrepreneur their loans and none of the staff pages', () => {
    const menu = paths('entrepreneur');
    expect(menu).toContain('/loans/my');
    for (const staff of [
      '/',
      '/loans/applications',
      '/loans/loans',
      '/loans/claims',
      '/loans/stats',
      '/loans/policies',
    ]) {
      expect(menu).not.toContain(staff);
    }
  });

  it('gives city staff the whole loan programme, and no entrepreneur views', () => {
    const menu = paths('city_staff');
    for (const page of [
      '/loans/applications',
      '/loans/loans',
      '/loans/claims',
      '/loans/stats',
      '/loans/subsidy-quote',
    ]) {
      expect(menu).toContain(page);
    }
    expect(menu).not.toContain('/loans/my');
  });

  it('gives each side of the market its phone page, and staff the console pages', () => {
    expect(paths('entrepreneur')).toContain('/products/my/lots');
    expect(paths('entrepreneur')).not.toContain('/products/my/demands');
    expect(paths('buyer')).toContain('/products/my/demands');
    expect(paths('buyer')).not.toContain('/products/market/matching');
    expect(paths('county_staff')).toEqual(
      expect.arrayContaining(['/products/market/matching', '/products/market/clearing']),
    );
    expect(selectedKey('/products/my/lots/new')).toBe('/products/my/lots');
    expect(selectedKey('/products/my/demands/abc')).toBe('/products/my/demands');
  });

  it('leaves claims out of the county staff menu', () => {
    expect(paths('county_staff')).not.toContain('/loans/claims');
  });

  it('gives city staff the whole of system management', () => {
    const menu = paths('city_staff');
    for (const page of ['/system/accounts', '/system/clients', '/system/audit']) expect(menu).toContain(page);
  });

  it('gives county staff the accounts of their county, and neither clients nor the audit', () => {
    const menu = paths('county_staff');
    expect(menu).toContain('/system/accounts');
    expect(menu).not.toContain('/system/clients');
    expect(menu).not.toContain('/system/audit');
  });

  it('shows no system management to banks and the public', () => {
    for (const role of ['bank_officer', 'entrepreneur', 'buyer', 'volunteer'] as const) {
      expect(paths(role).filter((path) => path.startsWith('/system'))).toEqual([]);
      expect(menuItems(t, role).map((item) => item?.key)).not.toContain('system');
    }
  });
});

describe('selectedKey', () => {
  it('selects the list a detail page belongs to', () => {
    expect(selectedKey('/loans/applications/3f2c')).toBe('/loans/applications');
    expect(selectedKey('/loans/loans/3f2c')).toBe('/loans/loans');
    expect(selectedKey('/loans/my/apply')).toBe('/loans/my');
    expect(selectedKey('/loans/claims/3f2c')).toBe('/loans/claims');
  });

  it('selects the system pages', () => {
    expect(selectedKey('/system/audit')).toBe('/system/audit');
    expect(selectedKey('/system/accounts')).toBe('/system/accounts');
  });

  it('selects the dashboard at the root only', () => {
    expect(selectedKey('/')).toBe('/');
  });
});
