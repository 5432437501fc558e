import { createRoute } from '@hono/zod-openapi';
import {
  contact,
  contactListQuery,
  createContactInput,
  updateContactInput,
} from '../../../shared/accounts.ts';
import { listResponse } from '../../../shared/common.ts';
import {
  conflictError,
  createRouter,
  errors,
  idParam,
  json,
  jsonBody,
  noContent,
  notFoundError,
} from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
import { getContact } from './contacts.ts';
import { createContact } from './create-contact.ts';
import { deleteContact } from './delete-contact.ts';
import { listContacts } from './list-contacts.ts';
import { updateContact } from './update-contact.ts';

const tags = ['Contacts'];
const read = [requirePermission('customers:read')];
const write = [requirePermission('customers:write')];

const listRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/contacts',
  tags,
  summary: "An account's contacts",
  middleware: read,
  request: { params: idParam, query: contactListQuery },
  responses: { 200: json(listResponse(contact), 'A page of contacts'), ...errors, ...notFoundError },
});

const createContactRoute = createRoute({
  method: 'post',
  path: '/accounts/{id}/contacts',
  tags,
  summary: 'Add a contact to an account',
  middleware: write,
  request: { params: idParam, body: jsonBody(createContactInput) },
  responses: { 201: json(contact, 'Created'), ...errors, ...notFoundError, ...conflictError },
});

const getRoute = createRoute({
  method: 'get',
  path: '/contacts/{id}',
  tags,
  summary: 'One contact',
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(contact, 'The contact'), ...errors, ...notFoundError },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/contacts/{id}',
  tags,
  summary: 'Change a contact',
  middleware: write,
  request: { params: idParam, body: jsonBody(updateContactInput) },
  responses: { 200: json(contact, 'Updated'), ...errors, ...notFoundError, ...conflictError },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/contacts/{id}',
  tags,
  summary: 'Delete a contact',
  middleware: write,
  request: { params: idParam },
  responses: { ...noContent, ...errors, ...notFoundError },
});

export const contactsRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) =>
      c.json(await listContacts(c.var.db, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(createContactRoute, async (c) =>
      c.json(await createContact(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(getRoute, async (c) => c.json(await getContact(c.var.db, c.req.valid('param').id), 200))
    .openapi(updateRoute, async (c) =>
      c.json(await updateContact(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(deleteRoute, async (c) => {
      await deleteContact(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    });
