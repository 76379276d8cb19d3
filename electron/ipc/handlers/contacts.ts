import {
  archiveContact,
  createContact,
  getContact,
  listContacts,
  updateContact,
} from '../../core/directory/contacts-repo';
import { contactDirectoryHandlers } from './directory';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

export const contactHandlers: HandlerGroup<'contact'> = {
  ...contactDirectoryHandlers,
  'contact:list': (ctx, input) => listContacts(ctx.db.orm, input),
  'contact:get': (ctx, input) => getContact(ctx.db.orm, input.id),
  'contact:create': (ctx, input) =>
    getContact(
      ctx.db.orm,
      inWrite(ctx, (scope) => createContact(scope, input)),
    ),
  'contact:update': (ctx, input) => {
    inWrite(ctx, (scope) => updateContact(scope, input));
    return getContact(ctx.db.orm, input.id);
  },
  'contact:archive': (ctx, input) => {
    inWrite(ctx, (scope) => archiveContact(scope, input.id, input.archived));
    return getContact(ctx.db.orm, input.id);
  },
};
