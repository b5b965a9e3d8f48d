import { useQuery } from '@tanstack/react-query';
import { loansApi } from '@/api/client';
import { unwrap } from '@/api/unwrap';

/** The partner banks as select options, for any page that names or picks a bank: a handful, so one page
 * holds them all. A bank officer gets their own bank only; an entrepreneur may not list them (`enabled`
 * false). */
export function useBankOptions(enabled = true) {
  const banks = useQuery({
    queryKey: ['loans', 'banks', 'options'],
    queryFn: ({ signal }) =>
      unwrap(loansApi.GET('/api/v1/loans/banks', { params: { query: { limit: 200, offset: 0 } }, signal })),
    staleTime: 5 * 60_000,
    enabled,
  });
  return {
    options: (banks.data?.items ?? []).map((bank) => ({ value: bank.id, label: bank.name })),
    loading: banks.isPending,
    nameOf: (id: string | null | undefined) => banks.data?.items.find((bank) => bank.id === id)?.name,
  };
}
