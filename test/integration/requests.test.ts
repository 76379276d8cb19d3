import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc-contract';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let caseId: number;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', CASE)).id;
});
afterEach(() => app.close());

const ONE_PER_CHANNEL: ChannelInput<'request:create'>[] = [
  {
    caseId: 0,
    channel: 'provider',
    kind: 'preservation',
    title: 'Preserve the webmail account',
    counterpartCountry: 'US',
    provider: 'Example Mail Inc.',
    legalBasis: '18 U.S.C. 2703(f)',
    dataCategories: ['subscriber', 'content'],
    status: 'preserved',
    sentOn: '2026-11-03',
    preservationUntil: '2027-02-01',
    theirReference: 'EXM-1',
  },
  {
    caseId: 0,
    channel: 'police',
    kind: 'interpol',
    title: 'I-24/7 message to the NCB',
    counterpartCountry: 'US',
    handlingCode: 'H1',
    usableInCourt: false,
    status: 'sent',
    urgency: 'urgent',
    sentOn: '2026-11-04',
    dueOn: '2026-11-20',
  },
  {
    caseId: 0,
    channel: 'rogatory',
    title: 'Letter rogatory for a witness',
    counterpartCountry: 'US',
    counterpartAuthority: 'Superior Court',
    assistanceTypes: ['witness_evidence'],
    status: 'translation',
  },
  {
    caseId: 0,
    channel: 'mla',
    direction: 'incoming',
    title: 'Incoming MLA request for bank records',
    counterpartCountry: 'DE',
    legalBasis: 'Budapest Convention art. 25',
    assistanceTypes: ['search_seizure'],
    urgency: 'emergency',
    status: 'under_execution',
    dueOn: '2026-12-03',
  },
];

describe('requests on every channel', () => {
  it('stores one request per channel, lists them on the case and on its timeline', async () => {
    for (const request of ONE_PER_CHANNEL) {
      const created = await app.call('request:create', { ...request, caseId });
      expect(created).toMatchObject({ channel: request.channel, title: request.title, caseReference: 'LGT-2026-0001' });
    }
    const listed = await app.call('request:list', { caseId, sortBy: 'channel' });
    expect(listed.items.map((r) => r.channel)).toEqual(['mla', 'police', 'provider', 'rogatory']);
    const timeline = await app.call('timeline:list', { caseId, order: 'oldest' });
    expect(timeline.items.map((e) => e.kind)).toEqual([
      'case_created',
      ...ONE_PER_CHANNEL.map(() => 'request_created'),
    ]);
    expect((await app.call('case:get', { id: caseId })).openRequestCount).toBe(4);
  });

  it('filters by channel, status, direction, urgency, state and text', async () => {
    for (const request of ONE_PER_CHANNEL) await app.call('request:create', { ...request, caseId });
    const ids = async (input: ChannelInput<'request:list'>) =>
      (await app.call('request:list', input)).items.map((r) => r.title);
    expect(await ids({ channels: ['police', 'mla'], sortBy: 'channel' })).toEqual([
      'Incoming MLA request for bank records',
      'I-24/7 message to the NCB',
    ]);
    expect(await ids({ statuses: ['preserved'] })).toEqual(['Preserve the webmail account']);
    expect(await ids({ direction: 'incoming' })).toEqual(['Incoming MLA request for bank records']);
    expect(await ids({ urgencies: ['emergency', 'urgent'], sortBy: 'urgency', sortDir: 'desc' })).toEqual([
      'Incoming MLA request for bank records',
      'I-24/7 message to the NCB',
    ]);
    expect(await ids({ q: 'exm-1' })).toEqual(['Preserve the webmail account']);
    expect(await ids({ sortBy: 'dueOn' })).toEqual([
      'I-24/7 message to the NCB',
      'Incoming MLA request for bank records',
      expect.any(String),
      expect.any(String),
    ]);
  });

  it('refuses fields that do not belong to the channel, and saves nothing', async () => {
    const cases = [
      [{ channel: 'provider', kind: 'preservation', provider: '' }, 'provider', 'validation.request.provider'],
      [{ channel: 'mla', kind: 'interpol' }, 'kind', 'validation.request.kindNotApplicable'],
      [{ channel: 'police', kind: 'europol', status: 'preserved' }, 'status', 'validation.request.status'],
      [
        { channel: 'rogatory', preservationUntil: '2027-01-01' },
        'preservationUntil',
        'validation.request.preservationProviderOnly',
      ],
      [{ channel: 'mla', sentOn: '2026-11-10', dueOn: '2026-11-01' }, 'dueOn', 'validation.request.beforeSent'],
    ] as const;
    for (const [fields, path, message] of cases) {
      const result = await app.raw('request:create', { caseId, title: 'X', counterpartCountry: 'US', ...fields });
      expect(result, JSON.stringify(fields)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: [path], message }] },
      });
    }
    expect((await app.call('request:list', {})).total).toEqual({ count: 0, atLeast: false });
  });

  it('moves the status only through workflow steps, records them, and stops counting a closed request as open', async () => {
    const created = await app.call('request:create', { ...ONE_PER_CHANNEL[1]!, caseId });
    const {
      id,
      caseId: _c,
      caseReference: _r,
      caseTitle: _t,
      finished: _f,
      updatedAt: _u,
      createdAt: _cr,
      contacts: _k,
      ...fields
    } = created;
    const refused = await app.raw('request:update', { ...fields, id, status: 'closed', closedOn: '2026-11-25' });
    expect(refused).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'validation.request.statusViaWorkflow' }] },
    });
    await app.call('request:transition', {
      requestId: id,
      action: 'answer',
      occurredOn: '2026-11-24',
      payload: { usableInCourt: false },
    });
    await app.call('request:transition', { requestId: id, action: 'close', occurredOn: '2026-11-25' });
    const timeline = await app.call('timeline:list', { caseId });
    // Steps sit on the timeline at the day they happened, not the day they were typed in.
    expect(
      timeline.items.filter((e) => e.kind === 'request_status_changed').map((e) => [e.at.slice(0, 10), e.params.to]),
    ).toEqual([
      ['2026-11-25', 'closed'],
      ['2026-11-24', 'answered'],
    ]);
    expect(await app.call('request:get', { id })).toMatchObject({
      status: 'closed',
      closedOn: '2026-11-25',
      respondedOn: '2026-11-24',
      usableInCourt: false,
    });
    expect((await app.call('request:list', { state: 'open' })).total).toEqual({ count: 0, atLeast: false });
    const moved = await app.raw('request:update', {
      ...fields,
      id,
      channel: 'mla',
      kind: null,
      handlingCode: null,
      status: 'draft',
    });
    expect(moved).toMatchObject({ ok: false, error: { issues: [{ message: 'validation.request.channelFixed' }] } });
  });

  it('links contacts to a request and finds the requests of a contact', async () => {
    const request = await app.call('request:create', { ...ONE_PER_CHANNEL[3]!, caseId });
    const contact = await app.call('contact:create', { kind: 'central_authority', name: 'Desk', country: 'DE' });
    const linked = await app.call('request:linkContact', {
      requestId: request.id,
      contactId: contact.id,
      role: 'executing',
    });
    expect(linked.contacts).toEqual([expect.objectContaining({ name: 'Desk', role: 'executing' })]);
    expect((await app.call('request:list', { contactId: contact.id })).items.map((r) => r.id)).toEqual([request.id]);
    expect((await app.call('contact:get', { id: contact.id })).requestCount).toBe(1);
    const unlinked = await app.call('request:unlinkContact', { requestId: request.id, contactId: contact.id });
    expect(unlinked.contacts).toEqual([]);
  });

  it('refuses a request for a case that does not exist', async () => {
    const result = await app.raw('request:create', { ...ONE_PER_CHANNEL[2]!, caseId: 999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
