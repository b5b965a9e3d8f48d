import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Drawer, Flex, Grid, Input, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { VISIT_COLOR } from './enums';
import type { Visit } from './types';
import { fetchVisit, returnVisit, reviewVisit, visitKey, visitsKey } from './workApi';

/** One site visit: what the team found and recommends, the loan project or seller it concerns (by id when
 * that service cannot name it right now), and the review. */
export function VisitDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);
  const v = (key: string) => t(`staff.visits.${key}` as 'staff.visits.title');
  const query = useQuery({
    queryKey: visitKey(id ?? ''),
    queryFn: ({ signal }) => fetchVisit(id!, signal),
    enabled: id !== null,
  });
  const decide = useMutation({
    mutationFn: (review: boolean) => (review ? reviewVisit(id!, note.trim()) : returnVisit(id!, note.trim())),
    onSuccess: (visit: Visit, review) => {
      queryClient.setQueryData(visitKey(visit.id), visit);
      void queryClient.invalidateQueries({ queryKey: visitsKey });
      setNote('');
      void message.success(review ? v('reviewed') : v('returned'));
    },
    onError: (error) => {
      const { title, detail } = formatError(error);
      void message.error(detail ? `${title}：${detail}` : title);
    },
  });
  const visit = query.data;
  const wide = Grid.useBreakpoint().md;
  const ref = visit?.reference;

  return (
    <Drawer open={id !== null} onClose={onClose} title={v('detail')} width={wide ? 560 : '100%'} destroyOnHidden>
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active />}
      {visit && (
        <Flex vertical gap={16} data-testid="visit-detail">
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'org', label: t('staff.visits.columns.organisation'), children: visit.organisation },
              { key: 'kind', label: t('staff.visits.columns.kind'), children: t(`staff.visits.kind.${visit.kind}`) },
              { key: 'team', label: t('staff.visits.columns.team'), children: visit.team_name },
              { key: 'on', label: t('staff.visits.columns.on'), children: visit.on },
              {
                key: 'ref',
                label: v('reference'),
                children: ref ? (
                  ref.available && ref.name ? (
                    `${t(`staff.visits.referenceKind.${ref.kind}`)}：${ref.name}`
                  ) : (
                    <Flex vertical>
                      <span className="mono">{ref.id}</span>
                      <Typography.Text type="warning">{v('unavailable')}</Typography.Text>
                    </Flex>
                  )
                ) : (
                  t('staff.none')
                ),
              },
              {
                key: 'status',
                label: t('staff.visits.columns.status'),
                children: <Tag color={VISIT_COLOR[visit.status]}>{t(`staff.visits.visitStatus.${visit.status}`)}</Tag>,
              },
              { key: 'findings', label: v('findings'), children: <span className="pre-wrap">{visit.findings}</span> },
              {
                key: 'recommendations',
                label: v('recommendations'),
                children: <span className="pre-wrap">{visit.recommendations}</span>,
              },
              ...(visit.review_note ? [{ key: 'note', label: v('reviewNote'), children: visit.review_note }] : []),
              ...(visit.reviewed_by ? [{ key: 'by', label: v('reviewedBy'), children: visit.reviewed_by }] : []),
            ]}
          />
          {(visit.actions.includes('review') || visit.actions.includes('return')) && (
            <Flex vertical gap={8}>
              <Input.TextArea
                rows={3}
                maxLength={500}
                value={note}
                status={noteError ? 'error' : undefined}
                onChange={(e) => {
                  setNote(e.target.value);
                  setNoteError(false);
                }}
                placeholder={v('note')}
                aria-label={v('note')}
              />
              {noteError && <Typography.Text type="danger">{v('noteRequired')}</Typography.Text>}
              <Flex gap={8}>
                <Button type="primary" loading={decide.isPending} onClick={() => decide.mutate(true)}>
                  {v('review')}
                </Button>
                <Button
                  danger
                  loading={decide.isPending}
                  onClick={() => (note.trim() ? decide.mutate(false) : setNoteError(true))}
                >
                  {v('return')}
                </Button>
              </Flex>
            </Flex>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
