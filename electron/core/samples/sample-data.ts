/**
 * A fictional office for training and demonstration. Every name, number and address is invented or
 * taken from ranges reserved for documentation (RFC 5737/3849 addresses, example.org, +1-202-555-01xx),
 * and the office is flagged `isSample` so the UI marks it on every screen.
 */
import { contract, type ChannelName, type ParsedInput } from '../../../shared/ipc-contract';
import { addDays, dateInZone } from '../../../shared/domain/dates';
import { createCase } from '../cases/cases-repo';
import { addIdentifier } from '../cases/identifiers-repo';
import { addSubject } from '../cases/subjects-repo';
import { createContact } from '../directory/contacts-repo';
import { linkContact } from '../requests/request-contacts-repo';
import { createRequest } from '../requests/requests-repo';
import type { WriteScope } from '../write-scope';
import { requireOffice, setupOffice } from '../office/office-repo';
import { transitionRequest } from '../workflow/transitions';
import { SAMPLE_CASES, SAMPLE_CONTACTS, SAMPLE_OFFICE } from './sample-records';

/** Sample records go through the same schemas as a user's input, so they can never be invalid data. */
const parse = <C extends ChannelName>(channel: C, input: unknown): ParsedInput<C> =>
  contract[channel].input.parse(input) as ParsedInput<C>;

export function loadSampleData(officeScope: WriteScope, now: Date): void {
  setupOffice(officeScope, parse('office:setup', SAMPLE_OFFICE), true);
  // Signed by whoever is signed in; without sign-in (tests, tools) the office did not exist when the
  // write began, so its first officer signs the sample records.
  const scope: WriteScope = { ...officeScope, actor: officeScope.actor ?? SAMPLE_OFFICE.officers[0]?.name ?? null };
  const office = requireOffice(scope.orm);
  const today = dateInZone(now, office.timeZone);
  const day = (offset: number | null) => (offset === null ? null : addDays(today, offset));
  const contactIds = SAMPLE_CONTACTS.map((contact) => createContact(scope, parse('contact:create', contact)));

  for (const sample of SAMPLE_CASES) {
    const caseId = createCase(
      scope,
      parse('case:create', { ...sample.case, leadOfficerId: 1, openedOn: day(sample.openedDaysAgo * -1) }),
    );
    const subjectIds = sample.subjects.map((subject) => addSubject(scope, parse('subject:add', { caseId, subject })));
    for (const identifier of sample.identifiers) {
      const subjectId = identifier.subject === undefined ? null : (subjectIds[identifier.subject] ?? null);
      const { subject: _s, ...fields } = identifier;
      addIdentifier(scope, parse('identifier:add', { caseId, identifier: { ...fields, subjectId } }));
    }
    for (const request of sample.requests) {
      const { steps, due, contact, ...fields } = request;
      const requestId = createRequest(scope, parse('request:create', { ...fields, caseId, dueOn: day(due) }));
      for (const [action, daysAgo, payload] of steps) {
        transitionRequest(
          scope,
          office,
          parse('request:transition', { requestId, action, occurredOn: day(-daysAgo), payload: payload ?? {} }),
          { checkDrafting: false },
        );
      }
      const contactId = contact === undefined ? undefined : contactIds[contact];
      if (contactId !== undefined) linkContact(scope, { requestId, contactId, role: 'counterpart' });
    }
  }
}
