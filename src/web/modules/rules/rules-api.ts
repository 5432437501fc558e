import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Playbook } from '../../../shared/ctas.ts';
import type { AccountFieldInfo, DryRunResult, Rule, RuleRun } from '../../../shared/rules.ts';
import { api, type DataList } from '../../lib/api.ts';

const rulesKey = ['rules'] as const;

export function useRules() {
  return useQuery({
    queryKey: rulesKey,
    queryFn: async () => (await api.get<DataList<Rule>>('/rules')).data,
  });
}

export function useRule(id: string | null) {
  return useQuery({
    queryKey: [...rulesKey, id],
    queryFn: () => api.get<Rule>(`/rules/${id}`),
    enabled: id !== null,
  });
}

export function useRuleRuns(id: string | null) {
  return useQuery({
    queryKey: [...rulesKey, id, 'runs'],
    queryFn: async () => (await api.get<DataList<RuleRun>>(`/rules/${id}/runs`)).data,
    enabled: id !== null,
  });
}

/** The account fields conditions may test: the server's registry is the truth. */
export function useAccountFields() {
  return useQuery({
    queryKey: ['rules', 'fields'],
    queryFn: async () => (await api.get<DataList<AccountFieldInfo>>('/rules/fields')).data,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePlaybooks() {
  return useQuery({
    queryKey: ['playbooks'],
    queryFn: async () => (await api.get<DataList<Playbook>>('/playbooks')).data,
    staleTime: 60_000,
  });
}

/** Creates (id null) or changes a rule; the editor shows a 422's issues itself. */
export function useSaveRule(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) =>
      id ? api.patch<Rule>(`/rules/${id}`, body) : api.post<Rule>('/rules', body),
    meta: { toast: false },
    onSuccess: (rule) => {
      client.setQueryData([...rulesKey, rule.id], rule);
      return client.invalidateQueries({ queryKey: rulesKey, exact: true });
    },
  });
}

export function useToggleRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      api.patch<Rule>(`/rules/${id}`, { enabled }),
    onSuccess: (rule) => {
      client.setQueryData([...rulesKey, rule.id], rule);
      return client.invalidateQueries({ queryKey: rulesKey, exact: true });
    },
  });
}

export function useDeleteRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/rules/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: rulesKey, exact: true }),
  });
}

/** A dry run of the rule as the editor holds it, saved or not. */
export function useDryRun() {
  return useMutation({
    mutationFn: (payload: unknown) => api.post<DryRunResult>('/rules/dry-run', payload),
  });
}
