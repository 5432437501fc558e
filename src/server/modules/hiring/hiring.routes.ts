import { createRoute } from '@hono/zod-openapi';
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
import {
  conflictError,
  createRouter,
  dataOf,
  errors,
  idParam,
  json,
  jsonBody,
  notFoundError,
} from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
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

const tags = ['Hiring'];
const manage = [requirePermission('hiring:manage')];
// Interviewers are ordinary users: the route lets them in, the use-case checks the requisition's hiring team.
const team = [requireAnyPermission('hiring:manage', 'people:self')];
const self = [requirePermission('people:self')];
const route = <T extends Parameters<typeof createRoute>[0]>(r: T) => createRoute({ tags, ...r });
const withErrors = { ...errors, ...notFoundError, ...conflictError };

const questionsRoute = route({
  method: 'get',
  path: '/hiring/questions',
  summary: 'The interview question bank (built-in questions in en, ru, ko, zh with strong and weak answers)',
  middleware: team,
  responses: { 200: json(dataOf(question), 'Questions'), ...errors },
});
const listRoute = route({
  method: 'get',
  path: '/hiring/requisitions',
  summary: 'Requisitions, open first',
  middleware: manage,
  responses: { 200: json(dataOf(requisition), 'Requisitions'), ...errors },
});
const createReqRoute = route({
  method: 'post',
  path: '/hiring/requisitions',
  summary: 'Open a requisition with its scorecard and interview plan',
  middleware: manage,
  request: { body: jsonBody(createRequisitionInput) },
  responses: { 201: json(requisition, 'Opened'), ...withErrors },
});
const getReqRoute = route({
  method: 'get',
  path: '/hiring/requisitions/{id}',
  summary: 'A requisition with scorecard, interview kit and candidates (hiring managers and its hiring team)',
  middleware: team,
  request: { params: idParam },
  responses: { 200: json(requisitionDetail, 'The requisition'), ...withErrors },
});
const updateReqRoute = route({
  method: 'patch',
  path: '/hiring/requisitions/{id}',
  summary: 'Change a requisition, put it on hold or close it',
  middleware: manage,
  request: { params: idParam, body: jsonBody(updateRequisitionInput) },
  responses: { 200: json(requisition, 'Updated'), ...withErrors },
});
const addCandidateRoute = route({
  method: 'post',
  path: '/hiring/requisitions/{id}/candidates',
  summary: 'Add a candidate to an open requisition',
  middleware: manage,
  request: { params: idParam, body: jsonBody(createCandidateInput) },
  responses: { 201: json(candidate, 'Added'), ...withErrors },
});
const moveRoute = route({
  method: 'patch',
  path: '/hiring/candidates/{id}',
  summary: 'Move a candidate through the pipeline',
  middleware: manage,
  request: { params: idParam, body: jsonBody(moveCandidateInput) },
  responses: { 200: json(candidate, 'Moved'), ...withErrors },
});
const listEvalRoute = route({
  method: 'get',
  path: '/hiring/candidates/{id}/evaluations',
  summary: "Evaluations (hiring team only; an interviewer sees others' after submitting their own)",
  middleware: self,
  request: { params: idParam },
  responses: { 200: json(evaluationList, 'Evaluations'), ...withErrors },
});
const submitEvalRoute = route({
  method: 'post',
  path: '/hiring/candidates/{id}/evaluations',
  summary: 'Submit a structured evaluation per competency with a hire/no-hire recommendation',
  middleware: self,
  request: { params: idParam, body: jsonBody(submitEvaluationInput) },
  responses: { 201: json(evaluation, 'Submitted'), ...withErrors },
});
const listRefRoute = route({
  method: 'get',
  path: '/hiring/candidates/{id}/references',
  summary: 'Reference checks of a candidate',
  middleware: manage,
  request: { params: idParam },
  responses: { 200: json(dataOf(referenceCheck), 'Reference checks'), ...withErrors },
});
const addRefRoute = route({
  method: 'post',
  path: '/hiring/candidates/{id}/references',
  summary: 'Record a reference check',
  middleware: manage,
  request: { params: idParam, body: jsonBody(createReferenceCheckInput) },
  responses: { 201: json(referenceCheck, 'Recorded'), ...withErrors },
});
const offerRoute = route({
  method: 'post',
  path: '/hiring/candidates/{id}/offer',
  summary: 'Make an offer',
  middleware: manage,
  request: { params: idParam, body: jsonBody(makeOfferInput) },
  responses: { 200: json(candidate, 'Offered'), ...withErrors },
});
const hireRoute = route({
  method: 'post',
  path: '/hiring/candidates/{id}/hire',
  summary: 'The offer is accepted: fill the requisition and create the team member',
  middleware: manage,
  request: { params: idParam, body: jsonBody(hireCandidateInput) },
  responses: { 201: json(teamMember, 'Hired'), ...withErrors },
});

const id = (c: { req: { valid(t: 'param'): { id: string } } }) => c.req.valid('param').id;

export const hiringRoutes = () =>
  createRouter()
    .openapi(questionsRoute, async (c) => c.json({ data: await listQuestions(c.var.db) }, 200))
    .openapi(listRoute, async (c) => c.json({ data: await listRequisitions(c.var.db) }, 200))
    .openapi(createReqRoute, async (c) =>
      c.json(await createRequisition(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .openapi(getReqRoute, async (c) => c.json(await getRequisitionDetail(c.var.db, c.var.actor, id(c)), 200))
    .openapi(updateReqRoute, async (c) =>
      c.json(await updateRequisition(c.var.db, c.var.actor, id(c), c.req.valid('json')), 200),
    )
    .openapi(addCandidateRoute, async (c) =>
      c.json(await addCandidate(c.var.db, c.var.actor, id(c), c.req.valid('json')), 201),
    )
    .openapi(moveRoute, async (c) =>
      c.json(await moveCandidate(c.var.db, c.var.actor, id(c), c.req.valid('json').stage), 200),
    )
    .openapi(listEvalRoute, async (c) => c.json(await listEvaluations(c.var.db, c.var.actor, id(c)), 200))
    .openapi(submitEvalRoute, async (c) =>
      c.json(await submitEvaluation(c.var.db, c.var.actor, id(c), c.req.valid('json')), 201),
    )
    .openapi(listRefRoute, async (c) => c.json({ data: await listReferenceChecks(c.var.db, id(c)) }, 200))
    .openapi(addRefRoute, async (c) =>
      c.json(await addReferenceCheck(c.var.db, c.var.actor, id(c), c.req.valid('json')), 201),
    )
    .openapi(offerRoute, async (c) =>
      c.json(await makeOffer(c.var.db, c.var.actor, id(c), c.req.valid('json').offer_made_on), 200),
    )
    .openapi(hireRoute, async (c) =>
      c.json(await hireCandidate(c.var.db, c.var.actor, id(c), c.req.valid('json')), 201),
    );
