import { describe, expect, it } from 'vitest';
import {
  canManageAccounts,
  canManageBanks,
  canManageLoans,
  canManagePolicies,
  canManageRole,
  canOpen,
  canReviewClaims,
  homePath,
} from './access';

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

  it('keeps the loan work pages from entrepreneurs and the public', () => {
    for (const page of ['applications', 'loans', 'policies', 'quote'] as const) {
      expect(canOpen('county_staff', page)).toBe(true);
      expect(canOpen('bank_officer', page)).toBe(true);
      expect(canOpen('entrepreneur', page)).toBe(false);
      expect(canOpen('buyer', page)).toBe(false);
    }
  });

  it('gives the entrepreneur alone the phone views of their own loans', () => {
    expect(canOpen('entrepreneur', 'myLoans')).toBe(true);
    expect(canOpen('city_staff', 'myLoans')).toBe(false);
  });

  it('gives the market phone views to their side alone, and the matching and clearing to staff', () => {
    expect(canOpen('entrepreneur', 'myLots')).toBe(true);
    expect(canOpen('buyer', 'myLots')).toBe(false);
    expect(canOpen('buyer', 'myDemands')).toBe(true);
    expect(canOpen('entrepreneur', 'myDemands')).toBe(false);
    for (const page of ['matching', 'clearing'] as const) {
      expect(canOpen('city_staff', page)).toBe(true);
      expect(canOpen('county_staff', page)).toBe(true);
      expect(canOpen('entrepreneur', page)).toBe(false);
      expect(canOpen('buyer', page)).toBe(false);
      expect(canOpen('bank_officer', page)).toBe(false);
    }
  });

  it('leaves policies, write-offs and the overdue check to city staff', () => {
    expect(canManagePolicies('city_staff')).toBe(true);
    expect(canManagePolicies('county_staff')).toBe(false);
    expect(canManageLoans('admin')).toBe(true);
    expect(canManageLoans('bank_officer')).toBe(false);
  });

  it('shows claims to city staff and banks, and lets city staff alone review them', () => {
    expect(canOpen('city_staff', 'claims')).toBe(true);
    expect(canOpen('bank_officer', 'claims')).toBe(true);
    expect(canOpen('county_staff', 'claims')).toBe(false);
    expect(canReviewClaims('city_staff')).toBe(true);
    expect(canReviewClaims('bank_officer')).toBe(false);
  });

  it('opens the account list to staff, and lets admins and city staff alone change accounts', () => {
    expect(canOpen('county_staff', 'accounts')).toBe(true);
    expect(canOpen('bank_officer', 'accounts')).toBe(false);
    expect(canOpen('entrepreneur', 'accounts')).toBe(false);
    expect(canManageAccounts('city_staff')).toBe(true);
    expect(canManageAccounts('county_staff')).toBe(false);
  });

  it('leaves administrators to administrators', () => {
    expect(canManageRole('city_staff', 'county_staff')).toBe(true);
    expect(canManageRole('city_staff', 'admin')).toBe(false);
    expect(canManageRole('admin', 'admin')).toBe(true);
    expect(canManageRole('county_staff', 'buyer')).toBe(false);
  });

  it('keeps the API clients and the security events at city level', () => {
    for (const page of ['apiClients', 'audit'] as const) {
      expect(canOpen('admin', page)).toBe(true);
      expect(canOpen('city_staff', page)).toBe(true);
      expect(canOpen('county_staff', page)).toBe(false);
      expect(canOpen('bank_officer', page)).toBe(false);
    }
  });

  it('gives everyone their own settings', () => {
    for (const role of ['admin', 'county_staff', 'bank_officer', 'entrepreneur', 'buyer', 'volunteer'] as const) {
      expect(canOpen(role, 'settings')).toBe(true);
    }
  });

  it('sends each role home to a page it may open', () => {
    expect(homePath('admin')).toBe('/');
    expect(homePath('bank_officer')).toBe('/loans/applications');
    expect(homePath('entrepreneur')).toBe('/loans/my');
    expect(homePath('buyer')).toBe('/products');
    expect(homePath('volunteer')).toBe('/volunteers/my');
  });
});
