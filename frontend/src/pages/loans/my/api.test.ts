import { describe, expect, it } from 'vitest';
import type { PolicyVersion } from '@/api/models';
import { policyInForce } from './api';

const version = (effective_from: string, effective_to: string | null): PolicyVersion => ({
  id: effective_from,
  name: effective_from,
  effective_from,
  effective_to,
  principal_cap: '500000.00',
  spread_bp: 120,
  lpr_tenor: '1y',
  subsidised_term_months: 36,
  age_min: 18,
  age_max: 40,
  eligible_uses: ['planting'],
});

describe('policyInForce', () => {
  const policies = [version('2020-01-01', '2025-12-31'), version('2026-01-01', null), version('2027-01-01', null)];

  it('takes the latest version that has started and not ended', () => {
    expect(policyInForce(policies, '2026-11-29')?.id).toBe('2026-01-01');
    expect(policyInForce(policies, '2025-12-31')?.id).toBe('2020-01-01');
    expect(policyInForce(policies, '2027-03-01')?.id).toBe('2027-01-01');
  });

  it('finds none before the first version', () => {
    expect(policyInForce(policies, '2019-12-31')).toBeUndefined();
  });
});
