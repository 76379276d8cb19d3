import type { LanguagePack } from './types';

export const en: LanguagePack = {
  language: 'en',
  titles: {
    preservation: 'Request for the expedited preservation of stored computer data',
    preservation_extension: 'Request to extend the preservation of stored data',
    voluntary_disclosure: 'Request for the voluntary disclosure of data',
    emergency_disclosure: 'Emergency disclosure request: imminent danger of death or serious physical injury',
    police_message: 'Police-to-police request for information',
    letter_rogatory: 'Letter rogatory (letter of request)',
    mla_request: 'Request for mutual legal assistance in a criminal matter',
    follow_up: 'Status enquiry',
    withdrawal: 'Withdrawal of request',
    cover_note: 'Cover note',
  },
  sections: {
    letterhead: { heading: '', body: '{courtName}\n{homeCountry}' },
    addressee: { heading: '', body: 'To:\n{recipientName}\n{providerEntity}\n{recipientAddress}' },
    reference: {
      heading: '',
      body: 'Our reference: {ourReference}\nYour reference: {theirReference}\nDate: {today}',
    },
    preservation_intro: {
      heading: '',
      body: '{officeName} requests that {providerEntity} preserve, without delay, the stored computer data described below, pending a formal request for its disclosure.',
    },
    extension_intro: {
      heading: '',
      body: 'By an earlier request (your reference {theirReference}), we asked you to preserve the data associated with the identifiers below. That preservation currently runs until {preservationUntil}. We request that it be extended for a further period of 90 days.',
    },
    voluntary_intro: {
      heading: '',
      body: '{officeName} requests that {providerEntity} voluntarily disclose the data described below, in accordance with its policy on requests from foreign law enforcement authorities and with the law applicable to it.',
    },
    emergency_intro: {
      heading: '',
      body: 'This is an emergency request. {officeName} requests the immediate disclosure of the data described below because there is a danger of death or serious physical injury to a person that requires disclosure without delay.',
    },
    police_intro: {
      heading: '',
      body: '{officeName} respectfully requests the assistance of your service in the matter described below, through police-to-police cooperation.',
    },
    rogatory_intro: {
      heading: '',
      body: '{courtName} presents its compliments to the competent judicial authority of the requested State ({requestedCountry}) and has the honour to request its assistance, in the interests of justice, in obtaining the evidence described below for use in criminal proceedings pending before this court.',
    },
    mla_intro: {
      heading: '',
      body: 'The competent authorities of the requesting State ({homeCountry}) present their compliments to the central authority of the requested State ({requestedCountry}) and request its assistance in the criminal matter described below.',
    },
    emergency_threat: {
      heading: 'Nature of the emergency',
      body: 'The threat: {threatStatement}\n\nWhy disclosure cannot wait: {threatImminence}\n\nPerson or persons at risk: {personsAtRisk}',
    },
    requesting_authority: {
      heading: 'Requesting authority',
      body: '{officeName}, represented by {officerName}, {officerTitle} ({officerEmail}), on behalf of the competent authorities of the requesting State ({homeCountry}). Case reference: {caseReference}.',
    },
    facts: { heading: 'Summary of the facts', body: '{factsSummary}' },
    offences: { heading: 'Offences and applicable penalties', body: '{offences}' },
    legal_basis: { heading: 'Legal basis', body: '{legalBasis}' },
    persons: { heading: 'Persons concerned', body: '{persons}' },
    identifiers: { heading: 'Accounts and identifiers concerned', body: '{identifiers}' },
    data_sought: {
      heading: 'Data sought',
      body: '{dataSought}\n\nPeriod: from {dateFrom} to {dateTo}.',
    },
    relation: { heading: 'Relation of the data to the offence', body: '{relationToOffence}' },
    custodian: { heading: 'Custodian and location of the data', body: '{custodian}' },
    preservation_need: { heading: 'Why preservation is necessary', body: '{preservationNeed}' },
    extension_reason: { heading: 'Reason for the extension', body: '{extensionReason}' },
    assistance: { heading: 'Assistance requested and its purpose', body: '{assistanceSought}' },
    procedures: { heading: 'Procedures to be followed', body: '{procedures}' },
    evidence_location: {
      heading: 'Why the evidence is believed to be in the requested State ({requestedCountry})',
      body: '{evidenceLocation}',
    },
    police_handling: {
      heading: 'Handling conditions',
      body: 'The information provided is for police use only and will not be used as evidence in court without the prior consent of your service. {confidentiality}',
    },
    confidentiality: { heading: 'Confidentiality', body: '{confidentiality}' },
    time_limit: { heading: 'Time limits and urgency', body: '{timeLimit}' },
    mla_follow: {
      heading: 'Formal request to follow',
      body: 'A request for mutual legal assistance seeking the disclosure of the preserved data will be submitted through the competent central authorities.',
    },
    non_disclosure: {
      heading: 'Non-disclosure',
      body: 'Please do not notify the account holder or any other person of this request, as doing so could prejudice the investigation. {confidentiality}',
    },
    emergency_follow: {
      heading: 'Undertaking',
      body: 'The undersigned certifies that the facts stated above are true to the best of their knowledge and that this request is made to prevent the harm described. A formal request will follow where required.',
    },
    rogatory_reciprocity: {
      heading: 'Reciprocity and costs',
      body: '{courtName} undertakes to render the same assistance to the judicial authorities of the requested State ({requestedCountry}) in similar cases, and to reimburse any costs incurred in the execution of this letter, where so requested.',
    },
    mla_contact: {
      heading: 'Contact for this request',
      body: '{officerName}, {officerTitle}, {officeName}. Email: {officerEmail}.',
    },
    follow_up_body: {
      heading: '',
      body: 'We refer to our request of {sentOn} concerning "{requestTitle}" (our reference {ourReference}; your reference {theirReference}). We would be grateful to be informed of its current status and of any further information you may need to execute it.\n\n{followUpNote}',
    },
    withdrawal_body: {
      heading: '',
      body: 'We refer to our request of {sentOn} concerning "{requestTitle}" (our reference {ourReference}; your reference {theirReference}). We hereby withdraw that request. Please take no further action on it.\n\nReason: {withdrawalReason}',
    },
    cover_body: {
      heading: '',
      body: 'Please find enclosed the following documents concerning "{requestTitle}" (our reference {ourReference}):\n\n{enclosures}',
    },
    closing: { heading: '', body: 'Thank you for your assistance.\n\nYours faithfully,' },
    signature: { heading: '', body: '{officerName}\n{officerTitle}\n{officeName}' },
    judge_signature: { heading: '', body: '{judgeName}\n{judgeTitle}\n{courtName}' },
    court_seal: { heading: '', body: 'Seal of the court' },
  },
  words: {
    missing: '[…]',
    none: 'none',
    page: 'Page',
    identifierKinds: {
      email: 'Email address',
      phone: 'Telephone number',
      ip: 'IP address',
      account: 'Account',
      domain: 'Domain name',
      imei: 'IMEI',
      wallet: 'Cryptocurrency address',
    },
    observed: '{value}, observed on {at} ({zone})',
    onPlatform: 'on',
    roles: {
      suspect: 'suspect',
      victim: 'victim',
      witness: 'witness',
      person_of_interest: 'person of interest',
      organisation: 'organisation',
    },
    nationality: 'nationality',
    born: 'born',
    dataCategories: { subscriber: 'subscriber information', traffic: 'traffic data', content: 'content' },
    assistanceTypes: {
      service_of_documents: 'service of documents',
      search_seizure: 'search and seizure',
      restraint_confiscation: 'restraint and confiscation of proceeds of crime',
      intercept_material: 'telephone intercept material',
      witness_evidence: 'taking of evidence from witnesses',
      other: 'other assistance',
    },
    signatureLine: 'Signature',
    sealLabel: 'Seal',
    dateLabel: 'Date',
  },
};
