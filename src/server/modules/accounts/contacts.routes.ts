import {
  contact,
  contactListQuery,
  createContactInput,
  updateContactInput,
} from '../../../shared/accounts.ts';

import { idParam, listResponse } from '../../../shared/common.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { getContact } from './contacts.ts';
import { createContact } from './create-contact.ts';
import { deleteContact } from './delete-contact.ts';
import { listContacts } from './list-contacts.ts';
import { updateContact } from './update-contact.ts';

const tags = ['Contacts'];

/** An account's contacts, mounted at /accounts. */
export const accountContactsRoutes = () =>
  featureRouter({ tags })
    .get(
      '/{id}/contacts',
      {
        summary: "An account's contacts",
        permission: 'customers:read',
        params: idParam,
        query: contactListQuery,
        response: listResponse(contact),
        returns: 'A page of contacts',
      },
      async (c) => c.json(await listContacts(c.var.db, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .post(
      '/{id}/contacts',
      {
        summary: 'Add a contact to an account',
        permission: 'customers:write',
        params: idParam,
        body: createContactInput,
        response: contact,
        status: 201,
        returns: 'Created',
        conflict: true,
      },
      async (c) =>
        c.json(await createContact(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
    ).app;

/** Mounted at /contacts. */
export const contactsRoutes = () =>
  featureRouter({ tags })
    .get(
      '/{id}',
      {
        summary: 'One contact',
        permission: 'customers:read',
        params: idParam,
        response: contact,
        returns: 'The contact',
      },
      async (c) => c.json(await getContact(c.var.db, c.req.valid('param').id), 200),
    )
    .patch(
      '/{id}',
      {
        summary: 'Change a contact',
        permission: 'customers:write',
        params: idParam,
        body: updateContactInput,
        response: contact,
        returns: 'Updated',
        conflict: true,
      },
      async (c) =>
        c.json(await updateContact(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .delete(
      '/{id}',
      { summary: 'Delete a contact', permission: 'customers:write', params: idParam },
      async (c) => {
        await deleteContact(c.var.db, c.var.actor, c.req.valid('param').id);
        return c.body(null, 204);
      },
    ).app;
