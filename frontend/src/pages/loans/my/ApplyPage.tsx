import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Skeleton, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { ApplicationCreate, ApplicationDetail } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { businessToday } from '@/lib/format';
import { ActionError } from '../ActionError';
import { act, applicationKey, fetchApplication } from '../applications/api';
import { BorrowerCard } from '../applications/BorrowerCard';
import { ProjectCard } from '../applications/ProjectCard';
import { BackLink } from '../BackLink';
import { fetchPolicies } from '../policies/api';
import { createApplication, fetchMyProfile, policyInForce, profileKey, updateApplication } from './api';
import { ProfileForm } from './ProfileForm';
import { ProjectForm } from './ProjectForm';

function projectOf(draft: ApplicationDetail): ApplicationCreate {
  const { project_name, project_use, project_location, project_description, amount_requested } = draft;
  const { jobs_created, poor_households_driven, households_village, epidemic_affected, demonstration } = draft;
  return {
    project_name,
    project_use,
    project_location,
    project_description,
    amount_requested,
    jobs_created,
    poor_households_driven,
    households_village,
    epidemic_affected,
    demonstration,
  };
}

/**
 * 申请贷款 in three steps on a phone: 1 个人信息 (the profile, saved on "next"), 2 项目信息, 3 确认提交.
 * Submitting saves the draft (new, or the one being changed: `?draft=<id>`) and then submits it; a
 * refusal lists the failed rules and keeps the draft to change and submit again.
 */
export function ApplyPage() {
  const { t } = useTranslation('loans');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [draftId, setDraftId] = useState<string | null>(params.get('draft'));
  const [step, setStep] = useState(0);
  const [project, setProject] = useState<ApplicationCreate | null>(null);

  const profile = useQuery({ queryKey: profileKey, queryFn: ({ signal }) => fetchMyProfile(signal) });
  const draft = useQuery({
    queryKey: applicationKey(draftId ?? ''),
    queryFn: ({ signal }) => fetchApplication(draftId ?? '', signal),
    enabled: draftId !== null && project === null,
  });
  const policies = useQuery({
    queryKey: ['loans', 'policies', 'options'],
    queryFn: ({ signal }) => fetchPolicies({ limit: 200, offset: 0, filters: {} }, signal),
    staleTime: 5 * 60_000,
  });
  const policy = policyInForce(policies.data?.items ?? [], businessToday());

  const submit = useMutation({
    mutationFn: async (values: ApplicationCreate) => {
      const saved = draftId ? await updateApplication(draftId, values) : await createApplication(values);
      setDraftId(saved.id);
      return act(saved.id, 'submit');
    },
    onSuccess: (submitted) => {
      queryClient.setQueryData(applicationKey(submitted.id), submitted);
      void queryClient.invalidateQueries({ queryKey: ['loans', 'my'] });
      void queryClient.invalidateQueries({ queryKey: ['loans', 'applications'] });
      void message.success(t('apply.submitted'));
      void navigate(`/loans/my/applications/${submitted.id}`, { replace: true });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: ['loans', 'my'] }),
  });

  const initialProject = project ?? (draft.data ? projectOf(draft.data) : undefined);
  const previous = (
    <Button onClick={() => setStep(step - 1)} data-testid="apply-previous">
      {t('apply.previous')}
    </Button>
  );

  let body;
  if (profile.isError) body = <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  else if (profile.isPending || (draftId !== null && project === null && draft.isPending)) body = <Skeleton active />;
  else if (step === 0) {
    body = <ProfileForm profile={profile.data} submitText={t('apply.next')} onSaved={() => setStep(1)} />;
  } else if (step === 1) {
    body = (
      <ProjectForm
        initial={initialProject}
        principalCap={policy?.principal_cap}
        submitText={t('apply.next')}
        before={previous}
        onDone={(values) => {
          setProject(values);
          submit.reset();
          setStep(2);
        }}
      />
    );
  } else if (project && profile.data) {
    body = (
      <Flex vertical gap={16} data-testid="apply-review">
        <Typography.Paragraph type="secondary">{t('apply.reviewHint')}</Typography.Paragraph>
        <BorrowerCard borrower={profile.data} />
        <ProjectCard project={project} />
        {submit.error && (
          <>
            <ActionError error={submit.error} />
            {draftId && <Typography.Text type="secondary">{t('apply.draftSaved')}</Typography.Text>}
          </>
        )}
        <div className="form-buttons">
          {previous}
          <Button
            type="primary"
            loading={submit.isPending}
            onClick={() => submit.mutate(project)}
            data-testid="apply-submit"
          >
            {t('apply.submit')}
          </Button>
        </div>
      </Flex>
    );
  }

  return (
    <div className="phone-page">
      <BackLink to="/loans/my" label={t('my.back')} />
      <PageHeader title={draftId ? t('apply.editTitle') : t('apply.title')} />
      {draft.isError && <ErrorAlert error={draft.error} />}
      <Card className="detail-card">
        <Steps
          className="apply-steps"
          current={step}
          size="small"
          responsive={false}
          labelPlacement="vertical"
          items={[
            { title: t('apply.steps.profile') },
            { title: t('apply.steps.project') },
            { title: t('apply.steps.review') },
          ]}
        />
        {body}
      </Card>
    </div>
  );
}
