import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { endSession } from '@/api/session';

export function useLogout(): () => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return () => {
    endSession('logout');
    queryClient.clear();
    void navigate('/login', { replace: true });
  };
}
