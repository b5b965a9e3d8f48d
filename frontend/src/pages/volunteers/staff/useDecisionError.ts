import { useTranslation } from 'react-i18next';
import { ApiError, formatError } from '@/api/problem';
import { conflictCode } from './board';

/** The words for a refused decision: the board's own explanation of a known 409, else the service's. */
export function useRefusalText(): (error: unknown) => string {
  const { t } = useTranslation('volunteers');
  return (error) => {
    const code = error instanceof ApiError && error.status === 409 ? conflictCode(error.problem) : null;
    if (code) return t(`staff.conflict.${code}`);
    const { title, detail } = formatError(error);
    return detail ? `${title}：${detail}` : title;
  };
}
