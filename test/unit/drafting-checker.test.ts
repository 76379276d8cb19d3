/** The reasons providers and central authorities bounce requests, each caught before sending. */
import { describe, expect, it } from 'vitest';
import { checkDraft, type DraftingFacts, type Finding } from '../../shared/domain/drafting';
import { fullFacts } from '../support/drafting-facts';

const codes = (findings: Finding[]) => findings.map((f) => `${f.severity}:${f.code}`);

function withIdentifier(facts: DraftingFacts, identifier: DraftingFacts['identifiers'][number]): DraftingFacts {
  return { ...facts, identifiers: [identifier] };
}

describe('completeness checker', () => {
  it('blocks a phone number not in E.164 form, pointing at the identifier', () => {
    const facts = withIdentifier(fullFacts('preservation'), {
      id: 5,
      kind: 'phone',
      value: '0600111222',
      observedAt: null,
      timeZone: null,
      platform: null,
    });
    expect(checkDraft('preservation', facts)).toContainEqual(
      expect.objectContaining({
        code: 'phoneFormat',
        severity: 'blocking',
        target: { kind: 'identifier', identifierId: 5 },
      }),
    );
  });

  it('blocks an IP address without a timestamp and time zone', () => {
    const facts = withIdentifier(fullFacts('voluntary_disclosure'), {
      id: 6,
      kind: 'ip',
      value: '198.51.100.4',
      observedAt: null,
      timeZone: null,
      platform: null,
    });
    expect(codes(checkDraft('voluntary_disclosure', facts))).toContain('blocking:ipTimestamp');
  });

  it('blocks a missing date range and an inverted one; warns on a broad or future one', () => {
    expect(codes(checkDraft('preservation', fullFacts('preservation', { dateFrom: '' })))).toContain(
      'blocking:missing',
    );
    expect(
      codes(checkDraft('preservation', fullFacts('preservation', { dateFrom: '2026-06-01', dateTo: '2026-05-01' }))),
    ).toContain('blocking:dateOrder');
    expect(
      codes(checkDraft('preservation', fullFacts('preservation', { dateFrom: '2020-01-01', dateTo: '2026-05-01' }))),
    ).toContain('warning:dateRangeBroad');
    expect(codes(checkDraft('preservation', fullFacts('preservation', { dateTo: '2027-01-01' })))).toContain(
      'warning:dateInFuture',
    );
  });

  it('names a missing legal basis as such', () => {
    const findings = checkDraft('mla_request', fullFacts('mla_request', { legalBasis: ' ' }));
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'noLegalBasis',
        severity: 'blocking',
        target: { kind: 'draft', field: 'legalBasis' },
      }),
    );
  });

  it('blocks an emergency request that does not state the threat, why now and who is at risk', () => {
    const findings = checkDraft(
      'emergency_disclosure',
      fullFacts('emergency_disclosure', { threatStatement: '', threatImminence: '', personsAtRisk: '' }),
    );
    expect(findings.filter((f) => f.code === 'noThreat').map((f) => f.target)).toEqual([
      { kind: 'draft', field: 'threatStatement' },
      { kind: 'draft', field: 'threatImminence' },
      { kind: 'draft', field: 'personsAtRisk' },
    ]);
  });

  it('blocks the provider’s wrong legal entity for the user’s region, when the provider profile lists them', () => {
    const facts: DraftingFacts = {
      ...fullFacts('voluntary_disclosure', { userRegion: 'EU', providerEntity: 'Example Mail Inc.' }),
      profile: {
        providerEntities: [
          { region: 'EU', entity: 'Example Mail Ireland Ltd' },
          { region: 'US', entity: 'Example Mail Inc.' },
        ],
      },
    };
    expect(checkDraft('voluntary_disclosure', facts)).toContainEqual(
      expect.objectContaining({
        code: 'wrongProviderEntity',
        severity: 'blocking',
        params: { expected: 'Example Mail Ireland Ltd', region: 'EU' },
      }),
    );
    const right = { ...facts, fields: { ...facts.fields, providerEntity: 'example mail ireland ltd' } };
    expect(codes(checkDraft('voluntary_disclosure', right))).not.toContain('blocking:wrongProviderEntity');
  });

  it('blocks a document about identifiers when the case has none', () => {
    expect(codes(checkDraft('preservation', { ...fullFacts('preservation'), identifiers: [] }))).toContain(
      'blocking:noIdentifiers',
    );
    expect(codes(checkDraft('mla_request', { ...fullFacts('mla_request'), identifiers: [], persons: [] }))).toContain(
      'blocking:noPersonsOrIdentifiers',
    );
  });

  it('blocks a follow-up of a request never sent, pointing at the request', () => {
    const facts = fullFacts('follow_up');
    const findings = checkDraft('follow_up', { ...facts, request: { ...facts.request, sentOn: null } });
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'requestField', target: { kind: 'request', field: 'sentOn' } }),
    );
  });

  it('calls a thin statement of facts weak, not blocking', () => {
    const findings = checkDraft('mla_request', fullFacts('mla_request', { factsSummary: 'Phishing.' }));
    expect(findings).toContainEqual(expect.objectContaining({ code: 'thinFacts', severity: 'warning' }));
  });
});
