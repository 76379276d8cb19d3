import type { LanguagePack } from './types';

/** Registre juridique français ; « État requérant » et « État requis » évitent l’accord des noms de pays. */
export const fr: LanguagePack = {
  language: 'fr',
  titles: {
    preservation: 'Demande de conservation rapide de données informatiques stockées',
    preservation_extension: 'Demande de prolongation de la conservation de données stockées',
    voluntary_disclosure: 'Demande de communication volontaire de données',
    emergency_disclosure:
      'Demande de communication en urgence : danger imminent de mort ou de lésions corporelles graves',
    police_message: 'Demande d’information de police à police',
    letter_rogatory: 'Commission rogatoire internationale',
    mla_request: 'Demande d’entraide judiciaire en matière pénale',
    follow_up: 'Demande d’information sur l’état d’avancement',
    withdrawal: 'Retrait de la demande',
    cover_note: 'Bordereau d’envoi',
  },
  sections: {
    letterhead: { heading: '', body: '{courtName}\n{homeCountry}' },
    addressee: { heading: '', body: 'À l’attention de :\n{recipientName}\n{providerEntity}\n{recipientAddress}' },
    reference: {
      heading: '',
      body: 'Notre référence : {ourReference}\nVotre référence : {theirReference}\nDate : {today}',
    },
    preservation_intro: {
      heading: '',
      body: '{officeName} demande à {providerEntity} de procéder sans délai à la conservation des données informatiques stockées décrites ci-après, dans l’attente d’une demande formelle tendant à leur communication.',
    },
    extension_intro: {
      heading: '',
      body: 'Par une demande antérieure (votre référence : {theirReference}), nous vous avons demandé de conserver les données associées aux identifiants mentionnés ci-après. Cette conservation court actuellement jusqu’au {preservationUntil}. Nous sollicitons sa prolongation pour une nouvelle période de 90 jours.',
    },
    voluntary_intro: {
      heading: '',
      body: '{officeName} demande à {providerEntity} de bien vouloir communiquer, à titre volontaire, les données décrites ci-après, conformément à sa politique relative aux demandes émanant d’autorités répressives étrangères et au droit qui lui est applicable.',
    },
    emergency_intro: {
      heading: '',
      body: 'La présente demande revêt un caractère d’urgence. {officeName} sollicite la communication immédiate des données décrites ci-après, en raison d’un danger de mort ou de lésions corporelles graves pesant sur une personne, qui exige une communication sans délai.',
    },
    police_intro: {
      heading: '',
      body: '{officeName} sollicite le concours de votre service, dans le cadre de la coopération policière, dans l’affaire décrite ci-après.',
    },
    rogatory_intro: {
      heading: '',
      body: '{courtSubject} présente ses compliments à l’autorité judiciaire compétente de l’État requis ({requestedCountry}) et a l’honneur de solliciter son concours, dans l’intérêt de la justice, aux fins de recueillir les éléments de preuve décrits ci-après, destinés à être produits dans une procédure pénale pendante devant cette juridiction.',
    },
    mla_intro: {
      heading: '',
      body: 'Les autorités compétentes de l’État requérant ({homeCountry}) présentent leurs compliments à l’autorité centrale de l’État requis ({requestedCountry}) et sollicitent son entraide dans l’affaire pénale décrite ci-après.',
    },
    emergency_threat: {
      heading: 'Nature de l’urgence',
      body: 'La menace : {threatStatement}\n\nPourquoi la communication ne peut attendre : {threatImminence}\n\nPersonne(s) en danger : {personsAtRisk}',
    },
    requesting_authority: {
      heading: 'Autorité requérante',
      body: '{officeName}, agissant par l’intermédiaire de {officerName}, {officerTitle} ({officerEmail}), pour le compte des autorités compétentes de l’État requérant ({homeCountry}). Référence du dossier : {caseReference}.',
    },
    facts: { heading: 'Exposé sommaire des faits', body: '{factsSummary}' },
    offences: { heading: 'Qualification des infractions et peines encourues', body: '{offences}' },
    legal_basis: { heading: 'Fondement juridique', body: '{legalBasis}' },
    persons: { heading: 'Personnes concernées', body: '{persons}' },
    identifiers: { heading: 'Comptes et identifiants concernés', body: '{identifiers}' },
    data_sought: { heading: 'Données demandées', body: '{dataSought}\n\nPériode : du {dateFrom} au {dateTo}.' },
    relation: { heading: 'Lien entre les données et l’infraction', body: '{relationToOffence}' },
    custodian: { heading: 'Détenteur et localisation des données', body: '{custodian}' },
    preservation_need: { heading: 'Nécessité de la conservation', body: '{preservationNeed}' },
    extension_reason: { heading: 'Motif de la prolongation', body: '{extensionReason}' },
    assistance: { heading: 'Objet et motifs de l’entraide sollicitée', body: '{assistanceSought}' },
    procedures: { heading: 'Procédure particulière à suivre', body: '{procedures}' },
    evidence_location: {
      heading:
        'Motifs permettant de penser que les éléments de preuve se trouvent dans l’État requis ({requestedCountry})',
      body: '{evidenceLocation}',
    },
    police_handling: {
      heading: 'Conditions d’utilisation',
      body: 'Les informations communiquées sont destinées à un usage exclusivement policier et ne seront pas produites en justice sans l’accord préalable de votre service. {confidentiality}',
    },
    confidentiality: { heading: 'Confidentialité', body: '{confidentiality}' },
    time_limit: { heading: 'Délais et urgence', body: '{timeLimit}' },
    mla_follow: {
      heading: 'Demande formelle à venir',
      body: 'Une demande d’entraide judiciaire tendant à la communication des données conservées sera transmise par l’intermédiaire des autorités centrales compétentes.',
    },
    non_disclosure: {
      heading: 'Confidentialité de la demande',
      body: 'Nous vous prions de ne pas informer le titulaire du compte ni aucune autre personne de la présente demande, une telle information étant de nature à compromettre l’enquête. {confidentiality}',
    },
    emergency_follow: {
      heading: 'Engagement',
      body: 'Le soussigné certifie que les faits exposés ci-dessus sont, à sa connaissance, exacts et que la présente demande a pour objet de prévenir le dommage décrit. Une demande formelle suivra si nécessaire.',
    },
    rogatory_reciprocity: {
      heading: 'Réciprocité et frais',
      body: '{courtSubject} s’engage à prêter le même concours aux autorités judiciaires de l’État requis ({requestedCountry}) dans des affaires semblables et à rembourser, sur demande, les frais exposés pour l’exécution de la présente commission rogatoire.',
    },
    mla_contact: {
      heading: 'Personne à contacter',
      body: '{officerName}, {officerTitle}, {officeName}. Courriel : {officerEmail}.',
    },
    follow_up_body: {
      heading: '',
      body: 'Nous nous référons à notre demande du {sentOn} relative à « {requestTitle} » (notre référence : {ourReference} ; votre référence : {theirReference}). Nous vous serions reconnaissants de bien vouloir nous informer de l’état d’avancement de son exécution et de tout complément d’information qui vous serait nécessaire.\n\n{followUpNote}',
    },
    withdrawal_body: {
      heading: '',
      body: 'Nous nous référons à notre demande du {sentOn} relative à « {requestTitle} » (notre référence : {ourReference} ; votre référence : {theirReference}). Nous vous informons par la présente du retrait de cette demande et vous prions de ne plus y donner suite.\n\nMotif : {withdrawalReason}',
    },
    cover_body: {
      heading: '',
      body: 'Veuillez trouver ci-joint les documents suivants relatifs à « {requestTitle} » (notre référence : {ourReference}) :\n\n{enclosures}',
    },
    closing: {
      heading: '',
      body: 'En vous remerciant de votre concours, nous vous prions d’agréer l’expression de notre haute considération.',
    },
    signature: { heading: '', body: '{officerName}\n{officerTitle}\n{officeName}' },
    judge_signature: { heading: '', body: '{judgeName}\n{judgeTitle}\n{courtName}' },
    court_seal: { heading: '', body: 'Sceau de la juridiction' },
  },
  words: {
    missing: '[…]',
    none: 'néant',
    page: 'Page',
    identifierKinds: {
      email: 'Adresse électronique',
      phone: 'Numéro de téléphone',
      ip: 'Adresse IP',
      account: 'Compte',
      domain: 'Nom de domaine',
      imei: 'IMEI',
      wallet: 'Adresse de cryptoactifs',
    },
    observed: '{value}, observée le {at} ({zone})',
    onPlatform: 'sur',
    roles: {
      suspect: 'suspect',
      victim: 'victime',
      witness: 'témoin',
      person_of_interest: 'personne d’intérêt',
      organisation: 'personne morale',
    },
    nationality: 'nationalité',
    born: 'né(e) le',
    dataCategories: {
      subscriber: 'données relatives aux abonnés',
      traffic: 'données relatives au trafic',
      content: 'données de contenu',
    },
    assistanceTypes: {
      service_of_documents: 'remise d’actes',
      search_seizure: 'perquisition et saisie',
      restraint_confiscation: 'gel et confiscation des produits du crime',
      intercept_material: 'interceptions de télécommunications',
      witness_evidence: 'audition de témoins',
      other: 'autre forme d’entraide',
    },
    signatureLine: 'Signature',
    sealLabel: 'Sceau',
    dateLabel: 'Fait le',
    colon: '\u00a0: ',
    courtArticles: {
      masculine: 'Le ',
      feminine: 'La ',
      elided: 'L’',
      feminineNouns: ['cour', 'chambre', 'juridiction', 'autorité', 'section'],
    },
  },
};
