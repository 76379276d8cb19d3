import type { LanguagePack } from './types';

/** Registro jurídico español; «Estado requirente» y «Estado requerido» como en los tratados de asistencia. */
export const es: LanguagePack = {
  language: 'es',
  titles: {
    preservation: 'Solicitud de conservación rápida de datos informáticos almacenados',
    preservation_extension: 'Solicitud de prórroga de la conservación de datos almacenados',
    voluntary_disclosure: 'Solicitud de revelación voluntaria de datos',
    emergency_disclosure: 'Solicitud de revelación urgente: peligro inminente de muerte o de lesiones físicas graves',
    police_message: 'Solicitud de información de policía a policía',
    letter_rogatory: 'Carta rogatoria (comisión rogatoria internacional)',
    mla_request: 'Solicitud de asistencia judicial recíproca en materia penal',
    follow_up: 'Consulta sobre el estado de tramitación',
    withdrawal: 'Retiro de la solicitud',
    cover_note: 'Nota de remisión',
  },
  sections: {
    letterhead: { heading: '', body: '{courtName}\n{homeCountry}' },
    addressee: { heading: '', body: 'Destinatario:\n{recipientName}\n{providerEntity}\n{recipientAddress}' },
    reference: {
      heading: '',
      body: 'Nuestra referencia: {ourReference}\nSu referencia: {theirReference}\nFecha: {today}',
    },
    preservation_intro: {
      heading: '',
      body: '{officeName} solicita a {providerEntity} que conserve sin demora los datos informáticos almacenados que se describen a continuación, en espera de una solicitud formal para su revelación.',
    },
    extension_intro: {
      heading: '',
      body: 'Mediante una solicitud anterior (su referencia: {theirReference}), le pedimos que conservara los datos asociados a los identificadores que figuran a continuación. Dicha conservación vence actualmente el {preservationUntil}. Solicitamos que se prorrogue por un nuevo período de 90 días.',
    },
    voluntary_intro: {
      heading: '',
      body: '{officeName} solicita a {providerEntity} que revele voluntariamente los datos que se describen a continuación, de conformidad con su política relativa a las solicitudes de autoridades policiales extranjeras y con el derecho que le resulte aplicable.',
    },
    emergency_intro: {
      heading: '',
      body: 'La presente solicitud tiene carácter urgente. {officeName} solicita la revelación inmediata de los datos que se describen a continuación, por existir un peligro de muerte o de lesiones físicas graves para una persona que exige su revelación sin demora.',
    },
    police_intro: {
      heading: '',
      body: '{officeName} solicita la colaboración de su servicio, en el marco de la cooperación policial, en el asunto que se describe a continuación.',
    },
    rogatory_intro: {
      heading: '',
      body: '{courtSubject} saluda atentamente a la autoridad judicial competente del Estado requerido ({requestedCountry}) y tiene el honor de solicitar su auxilio, en interés de la justicia, para la obtención de las pruebas que se describen a continuación, destinadas a un proceso penal en trámite ante esta jurisdicción.',
    },
    mla_intro: {
      heading: '',
      body: 'Las autoridades competentes del Estado requirente ({homeCountry}) saludan atentamente a la autoridad central del Estado requerido ({requestedCountry}) y solicitan su asistencia en el asunto penal que se describe a continuación.',
    },
    emergency_threat: {
      heading: 'Naturaleza de la emergencia',
      body: 'La amenaza: {threatStatement}\n\nPor qué la revelación no puede esperar: {threatImminence}\n\nPersona o personas en peligro: {personsAtRisk}',
    },
    requesting_authority: {
      heading: 'Autoridad requirente',
      body: '{officeName}, por medio de {officerName}, {officerTitle} ({officerEmail}), en nombre de las autoridades competentes del Estado requirente ({homeCountry}). Referencia del expediente: {caseReference}.',
    },
    facts: { heading: 'Resumen de los hechos', body: '{factsSummary}' },
    offences: { heading: 'Delitos y penas aplicables', body: '{offences}' },
    legal_basis: { heading: 'Fundamento jurídico', body: '{legalBasis}' },
    persons: { heading: 'Personas afectadas', body: '{persons}' },
    identifiers: { heading: 'Cuentas e identificadores afectados', body: '{identifiers}' },
    data_sought: { heading: 'Datos solicitados', body: '{dataSought}\n\nPeríodo: del {dateFrom} al {dateTo}.' },
    relation: { heading: 'Relación de los datos con el delito', body: '{relationToOffence}' },
    custodian: { heading: 'Custodio y ubicación de los datos', body: '{custodian}' },
    preservation_need: { heading: 'Necesidad de la conservación', body: '{preservationNeed}' },
    extension_reason: { heading: 'Motivo de la prórroga', body: '{extensionReason}' },
    assistance: { heading: 'Asistencia solicitada y su finalidad', body: '{assistanceSought}' },
    procedures: { heading: 'Procedimiento especial que debe seguirse', body: '{procedures}' },
    evidence_location: {
      heading: 'Motivos para creer que las pruebas se encuentran en el Estado requerido ({requestedCountry})',
      body: '{evidenceLocation}',
    },
    police_handling: {
      heading: 'Condiciones de uso',
      body: 'La información facilitada es para uso exclusivamente policial y no se utilizará como prueba ante los tribunales sin el consentimiento previo de su servicio. {confidentiality}',
    },
    confidentiality: { heading: 'Confidencialidad', body: '{confidentiality}' },
    time_limit: { heading: 'Plazos y urgencia', body: '{timeLimit}' },
    mla_follow: {
      heading: 'Solicitud formal posterior',
      body: 'Se presentará, por conducto de las autoridades centrales competentes, una solicitud de asistencia judicial recíproca para la revelación de los datos conservados.',
    },
    non_disclosure: {
      heading: 'Confidencialidad de la solicitud',
      body: 'Le rogamos que no informe al titular de la cuenta ni a ninguna otra persona de la presente solicitud, ya que ello podría perjudicar la investigación. {confidentiality}',
    },
    emergency_follow: {
      heading: 'Declaración',
      body: 'El abajo firmante certifica que los hechos expuestos son, a su leal saber y entender, exactos y que la presente solicitud tiene por objeto evitar el daño descrito. Se presentará una solicitud formal cuando sea necesario.',
    },
    rogatory_reciprocity: {
      heading: 'Reciprocidad y gastos',
      body: '{courtSubject} se compromete a prestar el mismo auxilio a las autoridades judiciales del Estado requerido ({requestedCountry}) en casos análogos y a reembolsar, previa solicitud, los gastos ocasionados por el cumplimiento de la presente carta rogatoria.',
    },
    mla_contact: {
      heading: 'Persona de contacto',
      body: '{officerName}, {officerTitle}, {officeName}. Correo electrónico: {officerEmail}.',
    },
    follow_up_body: {
      heading: '',
      body: 'Nos referimos a nuestra solicitud de fecha {sentOn} relativa a «{requestTitle}» (nuestra referencia: {ourReference}; su referencia: {theirReference}). Le agradeceríamos que nos informara del estado de su tramitación y de cualquier información adicional que necesite para su cumplimiento.\n\n{followUpNote}',
    },
    withdrawal_body: {
      heading: '',
      body: 'Nos referimos a nuestra solicitud de fecha {sentOn} relativa a «{requestTitle}» (nuestra referencia: {ourReference}; su referencia: {theirReference}). Por la presente retiramos dicha solicitud y le rogamos que no le dé curso.\n\nMotivo: {withdrawalReason}',
    },
    cover_body: {
      heading: '',
      body: 'Adjuntamos los siguientes documentos relativos a «{requestTitle}» (nuestra referencia: {ourReference}):\n\n{enclosures}',
    },
    closing: { heading: '', body: 'Agradeciendo de antemano su colaboración, le saludamos atentamente.' },
    signature: { heading: '', body: '{officerName}\n{officerTitle}\n{officeName}' },
    judge_signature: { heading: '', body: '{judgeName}\n{judgeTitle}\n{courtName}' },
    court_seal: { heading: '', body: 'Sello del tribunal' },
  },
  words: {
    missing: '[…]',
    none: 'ninguno',
    page: 'Página',
    identifierKinds: {
      email: 'Correo electrónico',
      phone: 'Número de teléfono',
      ip: 'Dirección IP',
      account: 'Cuenta',
      domain: 'Nombre de dominio',
      imei: 'IMEI',
      wallet: 'Dirección de criptoactivos',
    },
    observed: '{value}, observada el {at} ({zone})',
    onPlatform: 'en',
    roles: {
      suspect: 'sospechoso',
      victim: 'víctima',
      witness: 'testigo',
      person_of_interest: 'persona de interés',
      organisation: 'persona jurídica',
    },
    nationality: 'nacionalidad',
    born: 'nacido/a el',
    dataCategories: { subscriber: 'datos de abonado', traffic: 'datos de tráfico', content: 'datos de contenido' },
    assistanceTypes: {
      service_of_documents: 'notificación de documentos',
      search_seizure: 'registro e incautación',
      restraint_confiscation: 'embargo preventivo y decomiso del producto del delito',
      intercept_material: 'material de intervención de comunicaciones',
      witness_evidence: 'toma de declaración de testigos',
      other: 'otra forma de asistencia',
    },
    signatureLine: 'Firma',
    sealLabel: 'Sello',
    dateLabel: 'Fecha:',
    colon: ': ',
    courtArticles: {
      masculine: 'El ',
      feminine: 'La ',
      feminineNouns: ['audiencia', 'fiscalía', 'sala', 'sección', 'corte', 'magistratura', 'autoridad'],
    },
  },
};
