import { dataOf, idParam } from '../../../shared/common.ts';
import {
  candidate,
  createCandidateInput,
  createReferenceCheckInput,
  createRequisitionInput,
  evaluation,
  evaluationList,
  hireCandidateInput,
  makeOfferInput,
  moveCandidateInput,
  question,
  referenceCheck,
  requisition,
  requisitionDetail,
  submitEvaluationInput,
  updateRequisitionInput,
} from '../../../shared/hiring.ts';
import { teamMember } from '../../../shared/people.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { requireAnyPermission } from '../people/access.ts';
import { addCandidate } from './add-candidate.ts';
import { createRequisition } from './create-requisition.ts';
import { listEvaluations, submitEvaluation } from './evaluations.ts';
import { getRequisitionDetail } from './get-requisition-detail.ts';
import { hireCandidate } from './hire-candidate.ts';
import { listRequisitions } from './list-requisitions.ts';
import { makeOffer } from './make-offer.ts';
import { moveCandidate } from './move-candidate.ts';
import { listQuestions } from './questions.ts';
import { addReferenceCheck, listReferenceChecks } from './reference-checks.ts';
import { updateRequisition } from './update-requisition.ts';

const manage = 'hiring:manage';
// Interviewers are ordinary users: the route lets them in, the use-case checks the requisition's hiring team.
const team = requireAnyPermission('hiring:manage', 'people:self');
const self = 'people:self';
// Every hiring write names a requisition or candidate that may be gone or in the wrong stage.
const recordErrors = { notFound: true, conflict: true } as const;

const id = (c: { req: { valid(t: 'param'): { id: string } } }) => c.req.valid('param').id;

/** Mounted at /hiring. */
export const hiringRoutes = () =>
  featureRouter({ tags: ['Hiring'] })
    .get(
      '/questions',
      {
        summary:
          'The interview question bank (built-in questions in en, ru, ko, zh with strong and weak answers)',
        permission: team,
        response: dataOf(question),
        returns: 'Questions',
      },
      async (c) => c.json({ data: await listQuestions(c.var.db) }, 200),
    )
    .get(
      '/requisitions',
      {
        summary: 'Requisitions, open first',
        permission: manage,
        response: dataOf(requisition),
        returns: 'Requisitions',
      },
      async (c) => c.json({ data: await listRequisitions(c.var.db) }, 200),
    )
    .post(
      '/requisitions',
      {
        summary: 'Open a requisition with its scorecard and interview plan',
        permission: manage,
        body: createRequisitionInput,
        response: requisition,
        status: 201,
        returns: 'Opened',
        ...recordErrors,
      },
      async (c) => c.json(await createRequisition(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .get(
      '/requisitions/{id}',
      {
        summary:
          'A requisition with scorecard, interview kit and candidates (hiring managers and its hiring team)',
        permission: team,
        params: idParam,
        response: requisitionDetail,
        returns: 'The requisition',
        ...recordErrors,
      },
      async (c) => c.json(await getRequisitionDetail(c.var.db, c.var.actor, id(c)), 200),
    )
    .patch(
      '/requisitions/{id}',
      {
        summary: 'Change a requisition, put it on hold or close it',
        permission: manage,
        params: idParam,
        body: updateRequisitionInput,
        response: requisition,
        returns: 'Updated',
        ...recordErrors,
      },
      async (c) => c.json(await updateRequisition(c.var.db, c.var.actor, id(c), c.req.valid('json')), 200),
    )
    .post(
      '/requisitions/{id}/candidates',
      {
        summary: 'Add a candidate to an open requisition',
        permission: manage,
        params: idParam,
        body: createCandidateInput,
        response: candidate,
        status: 201,
        returns: 'Added',
        ...recordErrors,
      },
      async (c) => c.json(await addCandidate(c.var.db, c.var.actor, id(c), c.req.valid('json')), 201),
    )
    .patch(
      '/candidates/{id}',
      {
        summary: 'Move a candidate through the pipeline',
        permission: manage,
        params: idParam,
        body: moveCandidateInput,
        response: candidate,
        returns: 'Moved',
        ...recordErrors,
      },
      async (c) => c.json(await moveCandidate(c.var.db, c.var.actor, id(c), c.req.valid('json').stage), 200),
    )
    .get(
      '/candidates/{id}/evaluations',
      {
        summary: "Evaluations (hiring team only; an interviewer sees others' after submitting their own)",
        permission: self,
        params: idParam,
        response: evaluationList,
        returns: 'Evaluations',
        ...recordErrors,
      },
      async (c) => c.json(await listEvaluations(c.var.db, c.var.actor, id(c)), 200),
    )
    .post(
      '/candidates/{id}/evaluations',
      {
        summary: 'Submit a structured evaluation per competency with a hire/no-hire recommendation',
        permission: self,
        params: idParam,
        body: submitEvaluationInput,
        response: evaluation,
        status: 201,
        returns: 'Submitted',
        ...recordErrors,
      },
      async (c) => c.json(await submitEvaluation(c.var.db, c.var.actor, id(c), c.req.valid('json')), 201),
    )
    .get(
      '/candidates/{id}/references',
      {
        summary: 'Reference checks of a candidate',
        permission: manage,
        params: idParam,
        response: dataOf(referenceCheck),
        returns: 'Reference checks',
        ...recordErrors,
      },
      async (c) => c.json({ data: await listReferenceChecks(c.var.db, id(c)) }, 200),
    )
    .post(
      '/candidates/{id}/references',
      {
        summary: 'Record a reference check',
        permission: manage,
        params: idParam,
        body: createReferenceCheckInput,
        response: referenceCheck,
        status: 201,
        returns: 'Recorded',
        ...recordErrors,
      },
      async (c) => c.json(await addReferenceCheck(c.var.db, c.var.actor, id(c), c.req.valid('json')), 201),
    )
    .post(
      '/candidates/{id}/offer',
      {
        summary: 'Make an offer',
        permission: manage,
        params: idParam,
        body: makeOfferInput,
        response: candidate,
        returns: 'Offered',
        ...recordErrors,
      },
      async (c) =>
        c.json(await makeOffer(c.var.db, c.var.actor, id(c), c.req.valid('json').offer_made_on), 200),
    )
    .post(
      '/candidates/{id}/hire',
      {
        summary: 'The offer is accepted: fill the requisition and create the team member',
        permission: manage,
        params: idParam,
        body: hireCandidateInput,
        response: teamMember,
        status: 201,
        returns: 'Hired',
        ...recordErrors,
      },
      async (c) => c.json(await hireCandidate(c.var.db, c.var.actor, id(c), c.req.valid('json')), 201),
    ).app;
