/**
 * A small fixed archive whose statistics were computed by hand (test/integration/statistics*.test.ts):
 * eight requests on two cases, two officers, dated 2026, walked through the real workflow steps.
 */
import type { TestApp } from './test-app';

export const STATS_OFFICE = {
  name: 'Paris Legal Attaché Office',
  homeCountry: 'FR',
  hostCountry: 'US',
  timeZone: 'Europe/Paris',
  referencePrefix: 'PAR',
  officers: [
    { name: 'Anne Officer', title: 'Attaché', email: 'anne@example.org' },
    { name: 'Bruno Officer', title: 'Deputy', email: 'bruno@example.org' },
  ],
};

const OUTSIDE = 'Drafted outside Legat (statistics test)';

type Step = [action: string, occurredOn: string, payload?: Record<string, string | boolean>];

export interface Seeded {
  ids: Record<'r1' | 'r2' | 'r3' | 'r4' | 'r5' | 'r6' | 'r7' | 'r8', number>;
  officers: number[];
}

export async function seedStatsDataset(app: TestApp): Promise<Seeded> {
  const office = await app.call('office:setup', STATS_OFFICE);
  const officers = office.officers.map((o) => o.id);
  const caseA = await app.call('case:create', {
    title: 'Account takeover',
    offenceCategory: 'illegal_access',
    counterpartCountry: 'IE',
    openedOn: '2026-08-01',
    leadOfficerId: officers[0]!,
  });
  const caseB = await app.call('case:create', {
    title: 'Extortion by e-mail',
    offenceCategory: 'extortion',
    counterpartCountry: 'DE',
    openedOn: '2026-08-01',
    leadOfficerId: officers[1]!,
  });
  const make = async (
    caseId: number,
    fields: Record<string, unknown> & { channel: 'provider' | 'police' | 'mla' | 'rogatory'; title: string },
    steps: Step[],
  ) => {
    const request = await app.call('request:create', { caseId, counterpartCountry: 'IE', ...fields });
    for (const [action, occurredOn, payload] of steps) {
      await app.call('request:transition', {
        requestId: request.id,
        action,
        occurredOn,
        payload: payload ?? {},
        overrideReason: OUTSIDE,
      });
    }
    return request.id;
  };
  const provider = (kind: string, name: string, categories: string[], urgency = 'routine') => ({
    channel: 'provider' as const,
    kind,
    provider: name,
    dataCategories: categories,
    urgency,
  });
  const r1 = await make(
    caseA.id,
    { ...provider('content_legal_process', 'Meta Platforms Ireland', ['content']), title: 'R1' },
    [
      ['submit', '2026-09-01', { submittedVia: 'portal' }],
      ['acknowledge', '2026-09-02'],
      ['disclose', '2026-09-11'],
    ],
  );
  const r2 = await make(
    caseA.id,
    { ...provider('content_legal_process', 'Meta Platforms Ireland', ['traffic']), title: 'R2' },
    [
      ['submit', '2026-09-05', { submittedVia: 'portal' }],
      ['reject', '2026-09-09', { reason: 'Account not found', refusalGround: 'data_unavailable' }],
    ],
  );
  const r3 = await make(
    caseB.id,
    { ...provider('emergency_disclosure', 'Google Ireland', ['subscriber'], 'emergency'), title: 'R3' },
    [
      ['submit', '2026-10-01', { submittedVia: 'email' }],
      ['disclose', '2026-10-01'],
    ],
  );
  const r4 = await make(caseB.id, { ...provider('preservation', 'Google Ireland', []), title: 'R4' }, [
    ['submit', '2026-10-02', { submittedVia: 'portal' }],
    ['confirm_preservation', '2026-10-03'],
  ]);
  const r5 = await make(
    caseA.id,
    { channel: 'police', kind: 'europol', counterpartCountry: 'DE', urgency: 'urgent', title: 'R5' },
    [
      ['send', '2026-10-10'],
      ['answer', '2026-10-12', { usableInCourt: true }],
    ],
  );
  const r6 = await make(
    caseB.id,
    { channel: 'police', kind: 'direct', direction: 'incoming', counterpartCountry: 'ES', title: 'R6' },
    [
      ['send', '2026-11-02'],
      ['decline', '2026-11-05', { reason: 'Out of proportion', refusalGround: 'disproportionate' }],
    ],
  );
  const r7 = await make(caseA.id, { channel: 'mla', counterpartCountry: 'US', title: 'R7' }, []);
  const r8 = await make(
    caseA.id,
    { ...provider('voluntary_subscriber', 'Google LLC', ['subscriber']), counterpartCountry: 'US', title: 'R8' },
    [
      ['submit', '2026-08-03', { submittedVia: 'portal' }],
      ['disclose', '2026-08-24'],
    ],
  );
  return { ids: { r1, r2, r3, r4, r5, r6, r7, r8 }, officers };
}
