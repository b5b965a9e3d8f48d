import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, formatError } from '@/api/problem';

/** After a change to a claim: the claim, its lines and the list reload. */
export function useClaimRefresh(claimId: string): () => void {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['loans', 'claim', claimId] });
    void queryClient.invalidateQueries({ queryKey: ['loans', 'claims'] });
  };
}

/** A change to a claim from a button: on success the claim reloads; a refusal shows as a message (the
 * lines still waiting, when that is why). */
export function useClaimMutation<Input, Result>(
  claimId: string,
  mutationFn: (input: Input) => Promise<Result>,
  onDone?: (result: Result, input: Input) => void,
) {
  const { t } = useTranslation('loans');
  const { message } = App.useApp();
  const refresh = useClaimRefresh(claimId);
  return useMutation({
    mutationFn,
    onSuccess: (result, input) => {
      refresh();
      onDone?.(result, input);
    },
    onError: (error) => {
      const pending = error instanceof ApiError ? error.problem?.pending_lines : undefined;
      if (typeof pending === 'number') {
        void message.error(t('claim.approve.pending', { count: pending }));
        return;
      }
      const { title, detail } = formatError(error);
      void message.error(detail ? `${title}：${detail}` : title);
    },
  });
}
