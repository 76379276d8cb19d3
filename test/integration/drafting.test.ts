/**
 * Drafting end to end on a real database and file store: a draft prefilled from the case, the
 * checker holding back an incomplete one, DOCX and PDF files opened and read in each language,
 * regeneration making new versions, and marking a request sent gated by the check.
 */
import { createHash } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBlob } from '../../electron/core/files/blob-store';
import { DRAFT_LANGUAGES } from '../../shared/domain/drafting';
import { docxText, pdfPages } from '../support/document-text';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

/** A generated file as the officer gets it back: decrypted from the store with the office key. */
const stored = (sha256: string) => buffer(openBlob(app.dataDir, sha256, app.ctx.session.dataKey()));
let caseId: number;
let requestId: number;

const FACTS =
  'Between March and May 2026 the suspect, Ιωάννης Παπαδόπουλος, took over the webmail accounts of 41 victims by phishing and diverted invoice payments of €312,000 to accounts he controlled in Spain.';

beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', { ...CASE, summary: FACTS })).id;
  await app.call('identifier:add', {
    caseId,
    identifier: { kind: 'ip', value: '203.0.113.7', observedAt: '2026-04-02T21:14', timeZone: 'Europe/Madrid' },
  });
  await app.call('subject:add', { caseId, subject: { name: 'Zoë Ångström', role: 'suspect', nationality: 'SE' } });
  requestId = (
    await app.call('request:create', {
      caseId,
      channel: 'mla',
      title: 'Search of the suspect’s server in Madrid',
      counterpartCountry: 'ES',
      counterpartAuthority: 'Ministerio de Justicia, Subdirección General de Cooperación Jurídica Internacional',
      legalBasis: 'Council of Europe Convention on Cybercrime (Budapest, 2001), art. 25 and 27',
      assistanceTypes: ['search_seizure'],
    })
  ).id;
});
afterEach(() => app.close());

const complete = {
  offences: 'Fraude informatique (art. 323-1 du code pénal), puni de cinq ans d’emprisonnement.',
  assistanceSought: 'Search of the server and seizure of its logs, to identify who controlled the accounts.',
  evidenceLocation: 'The server is hosted by a company in Madrid, as shown by the IP address allocation.',
  procedures: 'Please have the seizure certified by the executing officer.',
  confidentiality: 'The suspect is not aware of the investigation.',
  timeLimit: 'Trial is set for March 2027.',
};

async function fillDraft(language: 'en' | 'fr' | 'es' = 'es') {
  const draft = await app.call('drafting:get', { requestId, docType: null });
  return app.call('drafting:save', {
    requestId,
    docType: 'mla_request',
    language,
    fields: { ...draft.fields, ...complete },
  });
}

const rows = (sql: string, ...params: unknown[]) =>
  app.ctx.db.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];

describe('drafting', () => {
  it('prefills a new draft from the case and request, in the requested country’s language', async () => {
    const draft = await app.call('drafting:get', { requestId, docType: null });
    expect(draft).toMatchObject({ docType: 'mla_request', saved: false, language: 'es', mainDocType: 'mla_request' });
    expect(draft.fields.factsSummary).toBe(FACTS);
    expect(draft.fields.legalBasis).toContain('Budapest');
    expect(draft.fields.recipientName).toContain('Ministerio de Justicia');
    expect(draft.fields.assistanceSought).toBe('Registro e incautación');
    expect(draft.docTypes).toEqual(['mla_request', 'follow_up', 'withdrawal', 'cover_note']);
    // Reading a draft writes nothing.
    expect(rows('SELECT * FROM drafts')).toEqual([]);
  });

  it('refuses to generate an incomplete document, listing what is missing, and writes no file', async () => {
    const draft = await app.call('drafting:get', { requestId, docType: 'mla_request' });
    expect(draft.findings.filter((f) => f.severity === 'blocking').map((f) => f.key)).toEqual([
      'missing:offences',
      'missing:evidenceLocation',
    ]);
    const refused = await app.raw('drafting:generate', { requestId, docType: 'mla_request', format: 'pdf' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INCOMPLETE' } });
    expect(rows('SELECT * FROM attachments')).toEqual([]);
  });

  it.each(DRAFT_LANGUAGES)('generates DOCX and PDF whose text says the case facts (%s)', async (language) => {
    await fillDraft(language);
    const view = await app.call('drafting:generate', { requestId, docType: 'mla_request', format: 'docx' });
    const after = await app.call('drafting:generate', { requestId, docType: 'mla_request', format: 'pdf' });
    expect(view.outputs).toHaveLength(1);
    const [pdf, docx] = after.outputs;
    expect(docx).toMatchObject({ format: 'docx', language, version: 1, current: true });
    expect(pdf).toMatchObject({ format: 'pdf', language, version: 1, current: true });
    const docxBytes = await stored(docx!.sha256);
    const pdfBytes = await stored(pdf!.sha256);
    expect(createHash('sha256').update(pdfBytes).digest('hex')).toBe(pdf!.sha256);
    const docxWords = await docxText(docxBytes);
    const pdfWords = (await pdfPages(pdfBytes)).join('\n').replace(/\s+/g, ' ');
    const title = {
      en: 'Request for mutual legal assistance in a criminal matter',
      fr: 'Demande d’entraide judiciaire en matière pénale',
      es: 'Solicitud de asistencia judicial recíproca en materia penal',
    }[language];
    for (const words of [docxWords, pdfWords]) {
      expect(words).toContain(title);
      expect(words).toContain('Ιωάννης Παπαδόπουλος');
      expect(words).toContain('Zoë Ångström');
      expect(words).toContain('203.0.113.7');
      expect(words).toContain('Council of Europe Convention on Cybercrime');
      expect(words).toContain('emprisonnement');
    }
    // The file sits on the request as a document with its hash.
    const files = await app.call('attachment:list', { caseId, requestId });
    expect(files.items.map((f) => [f.originalName, f.kind, f.sha256])).toEqual(
      expect.arrayContaining([[`LGT-2026-0001-mla-request-${language}.pdf`, 'document', pdf!.sha256]]),
    );
  });

  it('regenerating makes a new version that supersedes the last, never overwriting it', async () => {
    await fillDraft('en');
    const first = (await app.call('drafting:generate', { requestId, docType: 'mla_request', format: 'docx' }))
      .outputs[0]!;
    await app.call('drafting:save', {
      requestId,
      docType: 'mla_request',
      language: 'fr',
      fields: { ...(await app.call('drafting:get', { requestId, docType: 'mla_request' })).fields },
    });
    const view = await app.call('drafting:generate', { requestId, docType: 'mla_request', format: 'docx' });
    expect(view.outputs.map((o) => [o.version, o.current, o.language])).toEqual([
      [2, true, 'fr'],
      [1, false, 'en'],
    ]);
    const second = await app.call('attachment:get', { id: view.outputs[0]!.attachmentId });
    expect(second.supersedesId).toBe(first.attachmentId);
    expect((await stored(first.sha256)).length).toBe(first.size);
    expect(rows("SELECT action FROM audit_log WHERE action LIKE 'draft.%' ORDER BY id").map((r) => r.action)).toEqual([
      'draft.create',
      'draft.generate',
      'draft.update',
      'draft.generate',
    ]);
  });

  it('an override lets an incomplete document go, with the reason, officer and time recorded and audited', async () => {
    await fillDraft('en');
    await app.call('drafting:save', {
      requestId,
      docType: 'mla_request',
      language: 'en',
      fields: {
        ...(await app.call('drafting:get', { requestId, docType: 'mla_request' })).fields,
        evidenceLocation: '',
      },
    });
    const view = await app.call('drafting:override', {
      requestId,
      docType: 'mla_request',
      findingKey: 'missing:evidenceLocation',
      reason: 'Location stated in the annexed police report',
    });
    expect(view.unresolved).toBe(0);
    expect(view.findings.find((f) => f.key === 'missing:evidenceLocation')?.override).toMatchObject({
      reason: 'Location stated in the annexed police report',
      actor: 'Anne Officer',
    });
    const generated = await app.call('drafting:generate', { requestId, docType: 'mla_request', format: 'pdf' });
    expect(generated.outputs[0]!.overridden).toEqual(['missing:evidenceLocation']);
    const audit = rows("SELECT details FROM audit_log WHERE action = 'draft.override'");
    expect(JSON.parse(String(audit[0]!.details))).toMatchObject({
      reason: 'Location stated in the annexed police report',
    });
  });
});

describe('marking a request sent', () => {
  async function toReview() {
    await app.call('request:transition', { requestId, action: 'send_to_central_authority' });
  }

  it('is refused with INCOMPLETE while its document has blocking findings, and nothing changes', async () => {
    await toReview();
    const refused = await app.raw('request:transition', {
      requestId,
      action: 'transmit',
      payload: { centralAuthorityReference: 'CA/1' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INCOMPLETE' } });
    if (refused.ok) return;
    expect(refused.error.issues?.map((i) => i.path.join('.'))).toContain('drafting.mla_request.missing:offences');
    expect((await app.call('request:get', { id: requestId })).status).toBe('ca_review');
  });

  it('goes ahead once the draft is complete', async () => {
    await fillDraft();
    await toReview();
    await app.call('request:transition', {
      requestId,
      action: 'transmit',
      payload: { centralAuthorityReference: 'CA/1' },
    });
    expect((await app.call('request:get', { id: requestId })).status).toBe('transmitted');
  });

  it('goes ahead with a reason, recorded as an override of each blocking finding', async () => {
    await toReview();
    await app.call('request:transition', {
      requestId,
      action: 'transmit',
      payload: { centralAuthorityReference: 'CA/1' },
      overrideReason: 'Sent on the prosecutor’s own letter; Legat draft not used',
    });
    const draft = await app.call('drafting:get', { requestId, docType: 'mla_request' });
    expect(draft.unresolved).toBe(0);
    expect(draft.findings.filter((f) => f.override).map((f) => [f.key, f.override?.reason])).toEqual([
      ['missing:offences', 'Sent on the prosecutor’s own letter; Legat draft not used'],
      ['missing:evidenceLocation', 'Sent on the prosecutor’s own letter; Legat draft not used'],
    ]);
  });

  it('does not gate incoming requests', async () => {
    const incoming = await app.call('request:create', {
      caseId,
      channel: 'police',
      kind: 'direct',
      direction: 'incoming',
      title: 'Their question',
      counterpartCountry: 'ES',
    });
    await app.call('request:transition', { requestId: incoming.id, action: 'send' });
    expect((await app.call('request:get', { id: incoming.id })).status).toBe('sent');
  });
});

describe('office template wording', () => {
  it('is kept per document, section and language, shown as local, used in documents and revertible', async () => {
    const saved = await app.call('template:save', {
      docType: 'mla_request',
      language: 'en',
      sectionId: 'confidentiality',
      heading: 'Confidentiality requested',
      body: 'Our office asks for strict confidentiality: {confidentiality}',
    });
    expect(saved.sections.find((s) => s.sectionId === 'confidentiality')).toMatchObject({
      local: true,
      shippedChanged: false,
      body: 'Our office asks for strict confidentiality: {confidentiality}',
    });
    await fillDraft('en');
    const view = await app.call('drafting:generate', { requestId, docType: 'mla_request', format: 'docx' });
    const text = await docxText(await stored(view.outputs[0]!.sha256));
    expect(text).toContain('Our office asks for strict confidentiality: The suspect is not aware');
    // An upgrade that rewords the shipped text is pointed out, and the office's wording stays.
    app.ctx.db.sqlite.prepare("UPDATE template_overrides SET shipped_body = 'older wording'").run();
    const listed = await app.call('template:list', { docType: 'mla_request', language: 'en' });
    expect(listed.sections.find((s) => s.sectionId === 'confidentiality')).toMatchObject({
      local: true,
      shippedChanged: true,
    });
    const reverted = await app.call('template:revert', {
      docType: 'mla_request',
      language: 'en',
      sectionId: 'confidentiality',
    });
    expect(reverted.sections.find((s) => s.sectionId === 'confidentiality')).toMatchObject({ local: false });
    expect(rows("SELECT action FROM audit_log WHERE entity = 'template'").map((r) => r.action)).toEqual([
      'template.save',
      'template.revert',
    ]);
  });

  it('refuses a section that the document does not have', async () => {
    const refused = await app.raw('template:save', {
      docType: 'follow_up',
      language: 'en',
      sectionId: 'court_seal',
      heading: '',
      body: 'x',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
