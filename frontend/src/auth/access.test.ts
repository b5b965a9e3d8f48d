import { describe, expect, it } from 'vitest';
import { canManageBanks, canOpen, homePath } from './access';

describe('page access', () => {
  it('shows the dashboard to committee staff only', () => {
    expect(canOpen('city_staff', 'dashboard')).toBe(true);
    expect(canOpen('county_staff', 'dashboard')).toBe(true);
    expect(canOpen('entrepreneur', 'dashboard')).toBe(false);
    expect(canOpen('bank_officer', 'dashboard')).toBe(false);
  });

  it('lets bank officers see the partner banks', () => {
    expect(canOpen('bank_officer', 'banks')).toBe(true);
    expect(canOpen('buyer', 'banks')).toBe(false);
  });

  it('opens the public catalogues to everyone', () => {
    expect(canOpen('volunteer', 'products')).toBe(true);
    expect(canOpen('buyer', 'activities')).toBe(true);
  });

  it('leaves the partner banks to city staff to maintain', () => {
    expect(canManageBanks('city_staff')).toBe(true);
    expect(canManageBanks('county_staff')).toBe(false);
  });

  it('sends each role home to a page it may open', () => {
    expect(homePath('admin')).toBe('/');
    expect(homePath('bank_officer')).toBe('/loans/banks');
    expect(homePath('entrepreneur')).toBe('/products');
  });
});
