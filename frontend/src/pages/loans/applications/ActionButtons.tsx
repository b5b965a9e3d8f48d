import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationAction, ApplicationDetail } from '@/api/models';
import { buttonActions, isDestructive } from '../lifecycle';
import { ActionModal } from './ActionModal';

interface ActionButtonsProps {
  application: ApplicationDetail;
  /** Buttons as wide as their container: on a phone. */
  block?: boolean;
  onDone?: (application: ApplicationDetail) => void;
}

/** Exactly the actions the service says this caller may take now, one button each. */
export function ActionButtons({ application, block = false, onDone }: ActionButtonsProps) {
  const { t } = useTranslation('loans');
  const [action, setAction] = useState<ApplicationAction | null>(null);
  const actions = buttonActions(application.allowed_actions);
  if (actions.length === 0) return null;
  return (
    <>
      <Flex gap={8} wrap vertical={block} data-testid="application-actions">
        {actions.map((candidate, index) => (
          <Button
            key={candidate}
            type={index === 0 && !isDestructive(candidate) ? 'primary' : 'default'}
            danger={isDestructive(candidate)}
            block={block}
            onClick={() => setAction(candidate)}
          >
            {t(`action.${candidate}`)}
          </Button>
        ))}
      </Flex>
      <ActionModal application={application} action={action} onClose={() => setAction(null)} onDone={onDone} />
    </>
  );
}
