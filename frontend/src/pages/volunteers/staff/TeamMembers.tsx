import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Flex, Popconfirm, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMember, boardKey, fetchAccepted, memberLeads, memberLeaves, teamKey } from './api';
import type { TeamDetail, TeamMember } from './types';
import { useRefusalText } from './useDecisionError';

/** 队员: the team's members; staff add an accepted applicant of the team's activity (as leader or not), or
 * let a member leave. */
export function TeamMembers({ team }: { team: TeamDetail }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refusal = useRefusalText();
  const [picked, setPicked] = useState<string | undefined>();
  const [leader, setLeader] = useState(false);
  const m = (key: string) => t(`staff.team.members.${key}` as 'staff.team.members.name');
  const accepted = useQuery({
    queryKey: [...boardKey(team.activity_id), 'accepted'],
    queryFn: ({ signal }) => fetchAccepted(team.activity_id, signal),
  });
  const inTeam = new Set(team.members.map((x) => x.profile_id));
  const candidates = (accepted.data ?? []).filter((row) => !inTeam.has(row.profile_id));

  const onTeam = (updated: TeamDetail) => queryClient.setQueryData(teamKey(team.id), updated);
  const onError = (error: unknown) => void message.error(refusal(error));
  const add = useMutation({
    mutationFn: ({ applicationId, asLeader }: { applicationId: string; asLeader: boolean }) =>
      addMember(team.id, applicationId, asLeader),
    onSuccess: (updated) => {
      onTeam(updated);
      setPicked(undefined);
      setLeader(false);
      void message.success(m('added'));
    },
    onError,
  });
  const leave = useMutation({
    mutationFn: (member: TeamMember) => memberLeaves(team.id, member.id),
    onSuccess: (updated, member) => {
      onTeam(updated);
      void message.success(t('staff.team.members.left', { name: member.name }));
    },
    onError,
  });
  const lead = useMutation({
    mutationFn: (member: TeamMember) => memberLeads(team.id, member.id),
    onSuccess: (updated, member) => {
      onTeam(updated);
      void message.success(t('staff.team.members.nowLeads', { name: member.name }));
    },
    onError,
  });
  const pickedRow = candidates.find((row) => row.id === picked);

  const columns: TableColumnsType<TeamMember> = [
    { title: m('name'), dataIndex: 'name', width: 120 },
    { title: m('school'), dataIndex: 'university', width: 200 },
    {
      title: m('role'),
      dataIndex: 'leader',
      width: 90,
      render: (v: boolean) => (v ? <Tag color="red">{m('leader')}</Tag> : m('member')),
    },
    {
      title: '',
      key: 'actions',
      width: 170,
      render: (_, member) => (
        <Flex gap={8}>
          {!member.leader && (
            <Button
              size="small"
              loading={lead.isPending && lead.variables?.id === member.id}
              onClick={() => lead.mutate(member)}
            >
              {m('makeLeader')}
            </Button>
          )}
          <Popconfirm
            title={t('staff.team.members.leaveConfirm', { name: member.name })}
            onConfirm={() => leave.mutateAsync(member).catch(() => undefined)}
          >
            <Button size="small" danger>
              {m('leave')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="team-members">
      <Flex gap={8} wrap align="center">
        <Select
          className="filter-search"
          placeholder={m('pick')}
          aria-label={m('pick')}
          value={picked}
          onChange={setPicked}
          loading={accepted.isPending}
          showSearch
          optionFilterProp="label"
          notFoundContent={m('noAccepted')}
          options={candidates.map((row) => ({
            value: row.id,
            label: `${row.profile.name}（${row.profile.university}）`,
          }))}
        />
        <Checkbox checked={leader} onChange={(e) => setLeader(e.target.checked)}>
          {m('asLeader')}
        </Checkbox>
        <Button
          type="primary"
          disabled={!pickedRow}
          loading={add.isPending}
          onClick={() => pickedRow && add.mutate({ applicationId: pickedRow.id, asLeader: leader })}
        >
          {m('add')}
        </Button>
      </Flex>
      <Table<TeamMember>
        rowKey={(x) => x.id}
        columns={columns}
        dataSource={team.members}
        pagination={false}
        size="small"
        scroll={{ x: 500 }}
        locale={{ emptyText: m('empty') }}
      />
    </Flex>
  );
}
