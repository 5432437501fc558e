import { z } from 'zod';
import { email, isoDate, patchOf, requiredText, text, uuid } from './common.ts';
import { track } from './people.ts';

export const REQUISITION_STATUSES = ['open', 'on_hold', 'filled', 'closed'] as const;
export const requisitionStatus = z.enum(REQUISITION_STATUSES);
export const CANDIDATE_STAGES = [
  'applied',
  'screen',
  'interview',
  'references',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export const candidateStage = z.enum(CANDIDATE_STAGES);
export type CandidateStage = z.infer<typeof candidateStage>;
export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export const recommendation = z.enum(RECOMMENDATIONS);
export const LANGUAGES = ['en', 'ru', 'ko', 'zh'] as const;

const key = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be snake_case, up to 63 characters');
const text4 = z.object({ en: z.string(), ru: z.string(), ko: z.string(), zh: z.string() });

export const question = z.object({
  id: z.string(),
  key: z.string().nullable(),
  competency: z.string(),
  builtin: z.boolean(),
  prompt: text4,
  strong_answer: text4,
  weak_answer: text4,
});
export type Question = z.infer<typeof question>;

export const competency = z.object({ key, name: requiredText(200) }).strict();
export const stage = z
  .object({ key, name: requiredText(200), question_ids: z.array(uuid).max(50).default([]) })
  .strict();

export const requisition = z.object({
  id: z.string(),
  title: z.string(),
  track,
  level: z.number().int(),
  kind: z.enum(['new', 'backfill']),
  backfill_for: z.string().nullable(),
  hiring_manager_id: z.string(),
  hiring_manager_name: z.string(),
  interviewer_ids: z.array(z.string()),
  status: requisitionStatus,
  opened_on: z.string(),
  filled_on: z.string().nullable(),
  mission: z.string(),
  outcomes: z.array(z.string()),
  competencies: z.array(z.object({ key: z.string(), name: z.string() })),
  stages: z.array(z.object({ key: z.string(), name: z.string(), question_ids: z.array(z.string()) })),
  candidate_count: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Requisition = z.infer<typeof requisition>;

const requisitionFields = {
  title: requiredText(200),
  track,
  level: z.number().int().min(1).max(20),
  kind: z.enum(['new', 'backfill']),
  backfill_for: uuid.nullable(),
  hiring_manager_id: uuid,
  interviewer_ids: z.array(uuid).max(50),
  opened_on: isoDate,
  mission: text(4000),
  outcomes: z.array(requiredText(500)).max(20),
  competencies: z.array(competency).max(20),
  stages: z.array(stage).max(20),
};

export const createRequisitionInput = z
  .object(requisitionFields)
  .partial()
  .required({ title: true, track: true, level: true, hiring_manager_id: true, opened_on: true })
  .extend({ kind: z.enum(['new', 'backfill']).default('new') })
  .strict();
export type CreateRequisitionInput = z.infer<typeof createRequisitionInput>;

export const updateRequisitionInput = patchOf(
  z
    .object({ ...requisitionFields, status: z.enum(['open', 'on_hold', 'closed']) })
    .partial()
    .strict(),
);
export type UpdateRequisitionInput = z.infer<typeof updateRequisitionInput>;

export const candidate = z.object({
  id: z.string(),
  requisition_id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  source: z.string(),
  internal: z.boolean(),
  stage: candidateStage,
  offer_made_on: z.string().nullable(),
  member_id: z.string().nullable(),
  evaluation_count: z.number().int(),
  created_at: z.string(),
});
export type Candidate = z.infer<typeof candidate>;

export const createCandidateInput = z
  .object({
    name: requiredText(200),
    email: email.nullable().optional(),
    source: key.default('inbound'),
    internal: z.boolean().default(false),
  })
  .strict();
export const moveCandidateInput = z
  .object({ stage: z.enum(['applied', 'screen', 'interview', 'references', 'rejected', 'withdrawn']) })
  .strict();

export const evaluation = z.object({
  id: z.string(),
  candidate_id: z.string(),
  interviewer_id: z.string(),
  interviewer_name: z.string(),
  stage_key: z.string(),
  scores: z.record(z.string(), z.number()),
  recommendation,
  notes: z.string(),
  submitted_at: z.string(),
});
export type Evaluation = z.infer<typeof evaluation>;

/** Scores are 1 (weak) to 4 (strong) per competency of the requisition's scorecard. */
export const submitEvaluationInput = z
  .object({
    stage_key: key,
    scores: z
      .record(key, z.number().int().min(1).max(4))
      .refine((s) => Object.keys(s).length > 0, { message: 'score at least one competency' }),
    recommendation,
    notes: text(10000).default(''),
  })
  .strict();
export type SubmitEvaluationInput = z.infer<typeof submitEvaluationInput>;

export const evaluationList = z.object({
  /** False while the caller, an interviewer, has not submitted their own: then `data` holds only theirs. */
  others_visible: z.boolean(),
  data: z.array(evaluation),
});

export const referenceCheck = z.object({
  id: z.string(),
  candidate_id: z.string(),
  referee_name: z.string(),
  relationship: z.string(),
  summary: z.string(),
  recommendation: z.enum(['positive', 'mixed', 'negative']),
  checked_on: z.string(),
});
export const createReferenceCheckInput = z
  .object({
    referee_name: requiredText(200),
    relationship: text(200).default(''),
    summary: text(10000).default(''),
    recommendation: z.enum(['positive', 'mixed', 'negative']),
    checked_on: isoDate,
  })
  .strict();

export const makeOfferInput = z.object({ offer_made_on: isoDate }).strict();

/** Accepting the offer: the requisition is filled on `accepted_on` and the person joins on `start_date`. */
export const hireCandidateInput = z
  .object({
    accepted_on: isoDate,
    start_date: isoDate,
    title: requiredText(200).optional(),
    user_id: uuid.nullable().optional(),
    manager_id: uuid.nullable().optional(),
    location: text(200).nullable().optional(),
    time_zone: text(64).nullable().optional(),
  })
  .strict();
export type HireCandidateInput = z.infer<typeof hireCandidateInput>;

export const requisitionDetail = requisition.extend({
  candidates: z.array(candidate),
  questions: z.array(question),
});
export type RequisitionDetail = z.infer<typeof requisitionDetail>;
export type EvaluationList = z.infer<typeof evaluationList>;
