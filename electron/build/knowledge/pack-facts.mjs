/**
 * Turns resources/reference/reference.json into knowledge-pack entities. Each fact names the source id
 * the reference data give for it; null values in the reference data are left out, never filled in.
 * Where the reference data list a treaty's sources as a group rather than per field, the fact cites the
 * source that states it most directly and its note names the others.
 */

/** Titles for the source ids the pack cites (the reference data give URL and date but no title). */
export const SOURCE_TITLES = {
  coe185chart: 'Council of Europe Treaty Office: chart of signatures and ratifications of Treaty 185',
  ets185text: 'Convention on Cybercrime (ETS No. 185), English text (Dutch treaty database export)',
  verdragen224: 'Dutch treaty database: Second Additional Protocol (CETS 224), parties table',
  verdragenbank224: 'Dutch treaty database (verdragenbank): CETS 224 parties table, later capture',
  coe2APpage: 'Council of Europe Cybercrime: Second Additional Protocol page',
  coeHungary2AP: 'Council of Europe: Hungary becomes the third State to ratify the Second Additional Protocol',
  coe2APopening: 'Council of Europe: opening for signature of the Second Additional Protocol',
  eu2023_436: 'Council Decision (EU) 2023/436 (recital 2)',
  untc_xviii16: 'UN Treaty Collection, status of treaty XVIII-16 (UN Convention against Cybercrime)',
  helpnet_unc: 'Help Net Security: UN Convention against Cybercrime signed (27 Oct 2025)',
  unodc_crimjust: 'UNODC: CRIMJUST mandates page',
  unis2003: 'UN Information Service Vienna press release CP/439 (2003)',
  legal_un_avl_untoc: 'UN Audiovisual Library of International Law: UNTOC introductory note',
  fr2020usuk: 'Federal Register 85 FR 12578 (3 Mar 2020), AG Order No. 4645-2020',
  natlaw_usuk: 'National Law Review: DOJ announces US-UK CLOUD Act agreement in force',
  doj_usuk_mirror: 'DOJ entry-into-force press text as reproduced by datasecurityagreement.com',
  homeaffairs_ausus: 'Australian Department of Home Affairs: Australia-United States CLOUD Act Agreement',
  dreyfus_ausus: 'Joint statement by US Attorney General Garland and Australian Attorney-General Dreyfus (31 Jan 2024)',
  agd_ipo: "Australian Attorney-General's Department: International Production Order framework",
  ipo_act_sched1: 'Telecommunications Legislation Amendment (International Production Orders) Act 2021, Schedule 1',
  google_policy: 'Google: How Google handles government requests for user information',
  google_faq: 'Google Transparency Report help: legal process FAQ',
  google_faq_pres: 'Google Transparency Report help: preservation requests',
  zdnet_google_2013: 'ZDNet: What Google does when a government requests your data (2013)',
  meta_le_ota: 'Meta: Information for Law Enforcement Authorities (Open Terms Archive capture)',
  whatsapp_le: 'WhatsApp FAQ: Information for law enforcement authorities',
  whatsapp_e2ee_faq: 'WhatsApp FAQ: end-to-end encryption and law enforcement',
  whatsapp_provider: 'WhatsApp FAQ: Who is providing your WhatsApp services',
  lawsociety_whatsapp: 'Law Society Gazette Ireland: WhatsApp law-enforcement team in Dublin (2019)',
  ms_lerr: 'Microsoft: Law Enforcement Requests Report',
  ms_datalaw: 'Microsoft On the Issues (datalaw): our practices',
  apple_outside_us: 'Apple Legal Process Guidelines: Government & Law Enforcement outside the United States',
  x_le_ota: 'X Help Center: Guidelines for law enforcement (Open Terms Archive capture)',
  tiktok_le_ota: 'TikTok Law Enforcement Guidelines (13 July 2026 version, Open Terms Archive capture)',
  tiktok_le_ota_jan2026: 'TikTok Law Enforcement Guidelines (22 January 2026 version, Open Terms Archive capture)',
  snap_le_page: 'Snap: Safety enforcement, information for law enforcement',
  snap_le_page_newer: 'Snap: Information for Law Enforcement (newer page, proxied copy)',
  snap_le_guide_2023: 'Snap Inc. Law Enforcement Guide (last updated 15 Aug 2023), copy',
  discord_le_2024: 'Discord Safety Center: Working with law enforcement (16 Feb 2024)',
  amazon_info_req: 'Amazon: Amazon information requests',
  amazon_report_2015: 'Amazon Information Request Report (1 Jan - 31 May 2015)',
  telegram_pp_ota: 'Telegram Privacy Policy, German version (Open Terms Archive capture), s. 8.3',
};

/** The date the reference data were compiled: the as-of of facts whose source carries no date. */
export function asOfFor(source, compiledOn) {
  return source.date && source.date !== 'undated' ? source.date : compiledOn;
}

const put = (facts, field, value, source, note) => {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return;
  facts[field] = { value, source, ...(note ? { note } : {}) };
};

function treatyEntities(ref) {
  const byId = Object.fromEntries(ref.treaties.map((t) => [t.id, t]));
  const out = [];
  const b = byId.budapest;
  const bf = {};
  put(bf, 'name', b.name, 'ets185text');
  put(bf, 'type', 'multilateral', 'ets185text');
  put(bf, 'openedForSignature', b.openedForSignature, 'ets185text');
  put(bf, 'inForce', b.inForce, 'coe185chart');
  put(bf, 'entryIntoForceCondition', b.entryIntoForceCondition, 'coe185chart');
  put(bf, 'scope', b.scope, 'ets185text');
  put(
    bf,
    'offenceScope',
    ['cybercrime', 'child_sexual_exploitation'],
    'ets185text',
    'Offences of arts 2-10 (computer-related fraud, art. 8, is counted here as cybercrime; other fraud is in scope only as electronic evidence).',
  );
  put(
    bf,
    'electronicEvidenceAnyOffence',
    true,
    'ets185text',
    'Arts 14(2)(c), 23 and 25(1): collection of evidence in electronic form of any criminal offence.',
  );
  put(bf, 'partiesCount', b.counts.partiesRatifiedOrAcceded, 'coe185chart');
  out.push({ kind: 'treaty', key: 'budapest', facts: bf });
  for (const p of b.parties) {
    const f = {};
    put(f, 'signed', p.signed, 'coe185chart', p.note);
    put(f, 'ratified', p.ratified, 'coe185chart');
    put(
      f,
      'method',
      p.method,
      'coe185chart',
      p.method === 'accession' ? "Inferred from the chart's accession marker." : undefined,
    );
    put(f, 'inForce', p.inForce, 'coe185chart');
    put(f, 'reservations', p.chartFlags ? `Chart flags: ${p.chartFlags}` : null, 'coe185chart', b.chartFlagsLegend);
    out.push({ kind: 'treatyParty', key: `budapest/${p.iso2}`, facts: f });
  }
  for (const p of b.signatoriesNotParties) {
    const f = {};
    put(f, 'signed', p.signed, 'coe185chart', 'Signed, not ratified.');
    out.push({ kind: 'treatyParty', key: `budapest/${p.iso2}`, facts: f });
  }

  const p2 = byId['budapest-p2'];
  const pf = {};
  put(pf, 'name', p2.name, 'coe2APpage');
  put(pf, 'type', 'multilateral', 'coe2APpage');
  put(pf, 'adopted', p2.adoptedByCommitteeOfMinisters, 'eu2023_436');
  put(pf, 'openedForSignature', p2.openedForSignature, 'coe2APopening');
  put(pf, 'entryIntoForceCondition', p2.entryIntoForceCondition, 'coe2APpage');
  put(pf, 'signatoriesCount', p2.counts.signatories, 'coe2APpage');
  put(
    pf,
    'notes',
    `Not in force: ${p2.counts.ratifications} ratifications, five required. Art. 8 time limits not verified (left out).`,
    'coe2APpage',
  );
  put(pf, 'tools', p2.tools, 'coe2APpage');
  out.push({ kind: 'treaty', key: 'budapest-p2', facts: pf });
  for (const p of p2.parties) {
    const f = {};
    put(f, 'signed', p.signed, 'verdragen224');
    const ratSource = p.ratifiedSource ? p.ratifiedSource.split(' + ')[0] : 'verdragen224';
    put(
      f,
      'ratified',
      p.ratified,
      ratSource,
      p.ratifiedSource?.includes('+') ? `Also: ${p.ratifiedSource}` : undefined,
    );
    put(f, 'reservations', p.reservationNote, 'verdragen224');
    out.push({ kind: 'treatyParty', key: `budapest-p2/${p.iso2}`, facts: f });
  }

  const u = byId.untoc;
  const uf = {};
  const untocGroup = 'Reference data cite unodc_crimjust, unis2003 and legal_un_avl_untoc for this treaty as a group.';
  put(uf, 'name', u.name, 'legal_un_avl_untoc');
  put(uf, 'type', 'multilateral', 'legal_un_avl_untoc');
  put(uf, 'adopted', u.adopted, 'legal_un_avl_untoc', `${u.adoptedBy}. ${untocGroup}`);
  put(uf, 'openedForSignature', u.openedForSignature, 'legal_un_avl_untoc', u.openedAt);
  put(uf, 'inForce', u.inForce, 'unis2003', untocGroup);
  put(uf, 'entryIntoForceCondition', u.entryIntoForceCondition, 'unis2003', untocGroup);
  put(uf, 'signatoriesCount', u.signatories, 'legal_un_avl_untoc', untocGroup);
  put(
    uf,
    'notes',
    `${u.partiesCountApprox}. No party list is shipped: record the parties the office relies on under Knowledge.`,
    'unodc_crimjust',
  );
  out.push({ kind: 'treaty', key: 'untoc', facts: uf });

  const c = byId['un-cybercrime-2024'];
  const cf = {};
  put(cf, 'name', c.name, 'untc_xviii16');
  put(cf, 'type', 'multilateral', 'untc_xviii16');
  put(cf, 'adopted', c.adopted, 'untc_xviii16', c.adoptedBy);
  put(cf, 'openedForSignature', c.openedForSignature, 'untc_xviii16', c.signingWindow);
  put(cf, 'entryIntoForceCondition', c.entryIntoForceCondition, 'untc_xviii16');
  put(cf, 'signatoriesCount', c.signatoriesCount, 'untc_xviii16', c.signatoriesCountNote);
  put(cf, 'notes', 'Not in force; no ratification recorded in the stored sources.', 'untc_xviii16');
  out.push({ kind: 'treaty', key: 'un-cybercrime-2024', facts: cf });

  // Official sources only: the Federal Register notice (certification), the DOJ release on entry into
  // force and the Home Office factsheet (see bilateral-facts.mjs for the last two).
  const uk = byId['cloud-us-uk'];
  const ukf = {};
  put(ukf, 'name', uk.name, 'fr2020usuk');
  put(ukf, 'type', 'cloud_act', 'fr2020usuk');
  put(ukf, 'parties', ['US', 'GB'], 'fr2020usuk');
  put(
    ukf,
    'inForce',
    uk.inForce,
    'doj_usuk_eif',
    'The Department of Justice announced on 3 October 2022 that the Agreement "entered into force today".',
  );
  put(
    ukf,
    'designatedAuthorities',
    Object.entries(uk.designatedAuthorities)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
    'doj_usuk_eif',
  );
  put(ukf, 'conditions', uk.conditions, 'doj_usuk_eif');
  put(
    ukf,
    'notes',
    `Attorney General certification ${uk.attorneyGeneralCertification}; certification to Congress completed ${uk.certificationToCongressCompleted}; entry into force not earlier than ${uk.earliestEntryIntoForceUnderCloudAct} (18 U.S.C. 2523(d)).`,
    'fr2020usuk',
  );
  put(
    ukf,
    'offenceScope',
    [
      'cybercrime',
      'fraud',
      'child_sexual_exploitation',
      'organised_crime',
      'corruption',
      'terrorism',
      'drugs',
      'violent',
    ],
    'gov_uk_daa_factsheet',
    'For the exclusive purpose of preventing, detecting, investigating and prosecuting serious crimes; the category list is the office default for "serious" and can be edited.',
  );
  out.push({ kind: 'treaty', key: 'cloud-us-uk', facts: ukf });

  const au = byId['cloud-us-au'];
  const auf = {};
  put(auf, 'name', au.name, 'homeaffairs_ausus');
  put(auf, 'type', 'cloud_act', 'homeaffairs_ausus');
  put(auf, 'signed', au.signed, 'homeaffairs_ausus', `${au.signedAt}; ${au.signedBy}`);
  put(
    auf,
    'inForce',
    au.inForce,
    'dreyfus_ausus',
    `${au.inForceNote} (alternative date ${au.inForceAlternative}, agd_ipo).`,
  );
  put(auf, 'parties', ['US', 'AU'], 'dreyfus_ausus');
  put(
    auf,
    'designatedAuthorities',
    `AU: ${au.designatedAuthorities.AU}`,
    'ipo_act_sched1',
    au.designatedAuthoritiesNote,
  );
  put(auf, 'conditions', au.conditions, 'agd_ipo');
  put(
    auf,
    'offenceScope',
    [
      'cybercrime',
      'fraud',
      'child_sexual_exploitation',
      'organised_crime',
      'corruption',
      'terrorism',
      'drugs',
      'violent',
    ],
    'agd_ipo',
    'IPOs may be issued for an offence of a serious nature; the category list is the office default for "serious" and can be edited.',
  );
  out.push({ kind: 'treaty', key: 'cloud-us-au', facts: auf });
  return out;
}

/** Per provider: which reference source states which field (hand-checked against reference.json). */
const PROVIDER_SOURCES = {
  google: {
    main: 'google_policy',
    portal: 'google_faq',
    preservation: 'google_faq_pres',
    emergency: 'google_faq',
    content: 'zdnet_google_2013',
    home: 'US',
  },
  meta: { main: 'meta_le_ota', home: 'US' },
  whatsapp: {
    main: 'whatsapp_le',
    entities: 'whatsapp_provider',
    preservation: 'lawsociety_whatsapp',
    content: 'whatsapp_e2ee_faq',
  },
  microsoft: { main: 'ms_lerr', other: 'ms_datalaw' },
  apple: { main: 'apple_outside_us', home: 'US' },
  x: { main: 'x_le_ota', home: 'US' },
  tiktok: { main: 'tiktok_le_ota', entities: 'tiktok_le_ota_jan2026' },
  snap: {
    main: 'snap_le_guide_2023',
    portal: 'snap_le_guide_2023',
    preservation: 'snap_le_page_newer',
    foreign: 'snap_le_page',
    home: 'US',
  },
  discord: { main: 'discord_le_2024', home: 'US' },
  amazon: { main: 'amazon_report_2015', notice: 'amazon_info_req' },
  telegram: { main: 'telegram_pp_ota', home: 'VG' },
};

const HOME_NOTES = {
  google: 'Google LLC: US company operating under US law (Google Ireland Limited serves some users; see entities).',
  meta: 'Meta Platforms, Inc., Menlo Park, CA (Meta Platforms Ireland serves the European Region).',
  apple: 'Apple Inc.; content requests from outside the US must comply with US ECPA (MLAT or CLOUD Act).',
  x: 'X Corp., Austin, TX (X Internet Unlimited Company serves the EU/EEA).',
  snap: 'Snap Inc.: US company.',
  discord: 'US-headquartered; customer data stored exclusively in the US.',
  telegram: 'Telegram Messenger Inc., registered office Road Town, Tortola, British Virgin Islands.',
};

/** Preservation statements for providers whose reference entry has a note but no period or text. */
const PRESERVATION_POLICY = {
  google:
    "A preservation request applies only to data held at the time of the request; Google's own pages state no period.",
  whatsapp:
    'WhatsApp does not retain data for law-enforcement purposes unless a valid preservation request is received before the user deletes the content.',
  snap: 'As a courtesy, Snap reviews and responds to properly submitted preservation requests from non-US law enforcement while the MLAT or letters rogatory process runs.',
};

function providerEntities(ref) {
  return ref.providers.map((p) => {
    const s = PROVIDER_SOURCES[p.id];
    if (!s) throw new Error(`No source mapping for provider ${p.id}`);
    const f = {};
    put(f, 'name', p.name, s.main);
    put(f, 'homeCountry', s.home ?? null, s.main, HOME_NOTES[p.id]);
    put(
      f,
      'entities',
      p.entities.map((e) => ({ name: e.entity, detail: e.note ? `${e.region} (${e.note})` : e.region })),
      p.entitiesSource ?? s.entities ?? s.main,
    );
    const portal = p.lePortal ?? {};
    put(f, 'lePortal', portal.name, s.portal ?? s.main, portal.note);
    // Google's LERS address is only in a third-party guide: left out (portal.urlNote).
    put(f, 'lePortalUrl', p.id === 'google' ? null : portal.url, s.portal ?? s.main);
    const pres = p.preservation ?? {};
    const presSource = pres.source?.[0] ?? s.preservation ?? s.main;
    put(f, 'preservationDays', pres.days, presSource);
    if (p.id === 'tiktok') put(f, 'preservationExtensionDays', 90, presSource, pres.extension);
    const policy = [pres.text, typeof pres.extension === 'string' ? `Extension: ${pres.extension}` : null]
      .filter(Boolean)
      .join('. ');
    put(f, 'preservationPolicy', policy || PRESERVATION_POLICY[p.id], presSource);
    put(f, 'emergency', p.emergency, s.emergency ?? s.main);
    const proc = p.processByDataCategory ?? {};
    put(f, 'processSubscriber', proc.subscriber, s.main);
    put(f, 'processTraffic', proc.traffic, s.main);
    put(f, 'processContent', proc.content, s.content ?? s.main);
    put(f, 'processForeign', proc.nonUS, s.foreign ?? s.main);
    put(f, 'userNotice', p.userNotice, s.notice ?? s.main);
    put(f, 'other', p.other, s.other ?? s.main);
    return { kind: 'provider', key: p.id, facts: f };
  });
}

export function buildEntities(ref) {
  return [...treatyEntities(ref), ...providerEntities(ref)];
}
