import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Candidate,
  Evaluation,
  EvaluationList,
  HireCandidateInput,
  Question,
  Requisition,
  RequisitionDetail,
  SubmitEvaluationInput,
} from '../../../shared/hiring.ts';
import type {
  CapacityReport,
  CareerLevel,
  CareerNote,
  KpiGoal,
  KpiMetric,
  KpiReport,
  MemberDetail,
  MyMember,
  RebalanceResult,
  RebalanceSuggestion,
  TeamMember,
  TeamMetrics,
  TeamSettings,
} from '../../../shared/people.ts';
import { api, type DataList } from '../../lib/api.ts';

export const teamKeys = {
  all: ['team'] as const,
  members: (status: string) => ['team', 'members', status] as const,
  member: (id: string) => ['team', 'member', id] as const,
  me: ['team', 'me'] as const,
  notes: (id: string) => ['team', 'notes', id] as const,
  ladder: ['team', 'ladder'] as const,
  metrics: ['team', 'metrics'] as const,
  capacity: ['team', 'capacity'] as const,
  kpis: ['team', 'kpis'] as const,
  requisitions: ['team', 'requisitions'] as const,
  requisition: (id: string) => ['team', 'requisition', id] as const,
  evaluations: (id: string) => ['team', 'evaluations', id] as const,
  questions: ['team', 'questions'] as const,
};

export const useMembers = (status: 'current' | 'former') =>
  useQuery({
    queryKey: teamKeys.members(status),
    queryFn: ({ signal }) => api.get<DataList<TeamMember>>('/team/members', { query: { status }, signal }),
  });
export const useMember = (id: string) =>
  useQuery({
    queryKey: teamKeys.member(id),
    queryFn: ({ signal }) => api.get<MemberDetail>(`/team/members/${id}`, { signal }),
  });
export const useMyMember = () =>
  useQuery({
    queryKey: teamKeys.me,
    queryFn: ({ signal }) => api.get<MyMember>('/team/me', { signal }),
  });
export const useCareerNotes = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: teamKeys.notes(id),
    queryFn: ({ signal }) => api.get<DataList<CareerNote>>(`/team/members/${id}/notes`, { signal }),
    enabled,
  });
export const useLadder = () =>
  useQuery({
    queryKey: teamKeys.ladder,
    queryFn: ({ signal }) => api.get<DataList<CareerLevel>>('/team/ladder', { signal }),
  });
export const useTeamMetrics = () =>
  useQuery({
    queryKey: teamKeys.metrics,
    queryFn: ({ signal }) => api.get<TeamMetrics>('/team/metrics', { signal }),
  });
export const useCapacity = () =>
  useQuery({
    queryKey: teamKeys.capacity,
    queryFn: ({ signal }) => api.get<CapacityReport>('/team/capacity', { signal }),
  });
export const useKpis = (quarter: string) =>
  useQuery({
    queryKey: [...teamKeys.kpis, quarter],
    queryFn: ({ signal }) => api.get<KpiReport>('/team/kpis', { query: { quarter }, signal }),
  });
export const useRequisitions = () =>
  useQuery({
    queryKey: teamKeys.requisitions,
    queryFn: ({ signal }) => api.get<DataList<Requisition>>('/hiring/requisitions', { signal }),
  });
export const useRequisition = (id: string) =>
  useQuery({
    queryKey: teamKeys.requisition(id),
    queryFn: ({ signal }) => api.get<RequisitionDetail>(`/hiring/requisitions/${id}`, { signal }),
  });
export const useQuestions = () =>
  useQuery({
    queryKey: teamKeys.questions,
    queryFn: ({ signal }) => api.get<DataList<Question>>('/hiring/questions', { signal }),
  });
export const useEvaluations = (candidateId: string) =>
  useQuery({
    queryKey: teamKeys.evaluations(candidateId),
    queryFn: ({ signal }) =>
      api.get<EvaluationList>(`/hiring/candidates/${candidateId}/evaluations`, { signal }),
  });

/** Every team write changes figures elsewhere (roster, metrics, capacity): refresh the whole area. */
/** `ownErrors`: the form shows the server's errors itself (on its fields), so no global toast as well. */
function useTeamMutation<I, O>(fn: (input: I) => Promise<O>, ownErrors = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: teamKeys.all }),
    ...(ownErrors ? { meta: { toast: false } } : {}),
  });
}

export const useAddNote = (memberId: string) =>
  useTeamMutation((body: { conversation_on: string; body: string }) =>
    api.post<CareerNote>(`/team/members/${memberId}/notes`, body),
  );
export const useApplyRebalance = () =>
  useTeamMutation((suggestions: RebalanceSuggestion[]) =>
    api.post<RebalanceResult>('/team/capacity/apply', {
      suggestions: suggestions.map(({ account_name: _, ...s }) => s),
    }),
  );
export const useCreateRequisition = () =>
  useTeamMutation((body: Record<string, unknown>) => api.post<Requisition>('/hiring/requisitions', body));
export const useAddCandidate = (requisitionId: string) =>
  useTeamMutation((body: { name: string; email?: string | null; source: string }) =>
    api.post<Candidate>(`/hiring/requisitions/${requisitionId}/candidates`, body),
  );
export const useSubmitEvaluation = (candidateId: string) =>
  useTeamMutation((body: SubmitEvaluationInput) =>
    api.post<Evaluation>(`/hiring/candidates/${candidateId}/evaluations`, body),
  );
export const useHire = (candidateId: string) =>
  useTeamMutation((body: HireCandidateInput) =>
    api.post<TeamMember>(`/hiring/candidates/${candidateId}/hire`, body),
  );

export const useCreateMember = () =>
  useTeamMutation((body: Record<string, unknown>) => api.post<TeamMember>('/team/members', body));
export const usePromote = (memberId: string) =>
  useTeamMutation((body: { effective_on: string; to_title: string; to_level: number; to_track?: string }) =>
    api.post(`/team/members/${memberId}/promotions`, body),
  );
export const useEndMember = (memberId: string) =>
  useTeamMutation(
    (body: { end_date: string; exit_kind: string; exit_reason: string; exit_destination: string | null }) =>
      api.post<TeamMember>(`/team/members/${memberId}/end`, body),
  );
export const useSubmitPulse = () =>
  useTeamMutation((body: { period: string; growth: number; clarity: number; support: number }) =>
    api.post('/team/pulse', body),
  );
export const useSetKpiGoal = () =>
  useTeamMutation(
    (body: { member_id: string; quarter: string; metric: KpiMetric; target: number }) =>
      api.post<KpiGoal>('/team/goals', body),
    true,
  );
export const useSaveTeamSettings = () =>
  useTeamMutation((body: TeamSettings) => api.put<TeamSettings>('/team/settings', body), true);
export const useTeamSettings = () =>
  useQuery({
    queryKey: ['team', 'settings'],
    queryFn: ({ signal }) => api.get<TeamSettings>('/team/settings', { signal }),
  });
