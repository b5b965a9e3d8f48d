import { loansApi } from '@/api/client';
import type { PolicyCreate, PolicyVersion } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';

export const fetchPolicies: ListFetch<PolicyVersion> = ({ limit, offset }, signal) =>
  unwrap(loansApi.GET('/api/v1/loans/policies', { params: { query: { limit, offset } }, signal }));

export const createPolicy = (policy: PolicyCreate) => unwrap(loansApi.POST('/api/v1/loans/policies', { body: policy }));
