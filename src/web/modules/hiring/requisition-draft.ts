import type { Question } from '../../../shared/hiring.ts';

export const BANK_COMPETENCIES = [
  'relationship_building',
  'onboarding',
  'renewals_upsell',
  'data_driven',
  'conflict_escalation',
] as const;
const QUESTIONS_PER_COMPETENCY = 2;

export type RequisitionDraft = {
  title: string;
  level: string;
  mission: string;
  outcome: string;
  competencies: string[];
};

/** The first questions of the bank for each chosen competency, in the order the competencies were chosen. */
export function kitQuestionIds(bank: readonly Question[], competencies: readonly string[]): string[] {
  return competencies.flatMap((c) =>
    bank
      .filter((q) => q.competency === c)
      .slice(0, QUESTIONS_PER_COMPETENCY)
      .map((q) => q.id),
  );
}

/** The new requisition: an IC role managed by its opener, with one interview stage drawn from the bank. */
export function requisitionBody(
  draft: RequisitionDraft,
  context: {
    bank: readonly Question[];
    managerId: string;
    stageName: string;
    competencyName: (key: string) => string;
  },
) {
  return {
    title: draft.title,
    track: 'ic',
    level: Number(draft.level),
    kind: 'new',
    hiring_manager_id: context.managerId,
    opened_on: new Date().toISOString().slice(0, 10),
    mission: draft.mission,
    outcomes: draft.outcome.trim() ? [draft.outcome.trim()] : [],
    competencies: draft.competencies.map((key) => ({ key, name: context.competencyName(key) })),
    stages: [
      {
        key: 'panel',
        name: context.stageName,
        question_ids: kitQuestionIds(context.bank, draft.competencies),
      },
    ],
  };
}
