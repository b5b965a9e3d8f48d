import { useQuery } from '@tanstack/react-query';
import { fetchBanks } from './api';

/** The partner banks as select options: a handful, so one page holds them all. A bank officer gets
 * their own bank only; an entrepreneur may not list them (`enabled` false). */
export function useBankOptions(enabled = true) {
  const banks = useQuery({
    queryKey: ['loans', 'banks', 'options'],
    queryFn: ({ signal }) => fetchBanks({ limit: 200, offset: 0, filters: {} }, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
  return {
    options: (banks.data?.items ?? []).map((bank) => ({ value: bank.id, label: bank.name })),
    loading: banks.isPending,
    nameOf: (id: string | null | undefined) => banks.data?.items.find((bank) => bank.id === id)?.name,
  };
}
