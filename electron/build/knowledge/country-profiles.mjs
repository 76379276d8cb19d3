/**
 * Country profiles of requested States, each fact from the State's own ministry page. Only what the page
 * states is recorded: where a page gives no accepted language or no 24/7 point of contact, the field is
 * absent (unknown), never inferred from practice or from the State's official language.
 */

/** The day these undated official pages were read for this pack. */
const READ_ON = '2026-12-07';

export const PROFILE_SOURCES = {
  fr_justice_entraide: {
    url: 'https://www.justice.gouv.fr/entraide-penale-internationale',
    title: 'French Ministry of Justice: Entraide pénale internationale (central authority, applicable treaties)',
    date: '2023-05-10',
    note: 'Page "mis à jour le 10 mai 2023".',
  },
  de_bfj_rechtshilfe: {
    url: 'https://bundesjustizamt.de/DE/Themen/InternationaleZusammenarbeit/Strafsachen/Rechtshilfe/Rechtshilfe_node.html',
    title: 'German Federal Office of Justice (Bundesamt für Justiz): Internationale Rechtshilfe in Strafsachen',
    date: null,
    note: `Undated; read on ${READ_ON}.`,
    readOn: READ_ON,
  },
  gb_gov_mla: {
    url: 'https://www.gov.uk/guidance/mutual-legal-assistance-mla-requests',
    title: 'UK Home Office (GOV.UK): Mutual legal assistance requests, guidance for authorities abroad',
    date: null,
    note: `Undated; read on ${READ_ON}.`,
    readOn: READ_ON,
  },
};

export function countryProfiles() {
  return [
    {
      kind: 'country',
      key: 'FR',
      facts: {
        centralAuthority: {
          value:
            "Bureau de l'entraide pénale internationale (BEPI), Direction des affaires criminelles et des grâces, Ministère de la Justice: the central authority designated for the international instruments to which France is party; it reviews, transmits or handles and follows up MLA requests.",
          source: 'fr_justice_entraide',
        },
      },
    },
    {
      kind: 'country',
      key: 'DE',
      facts: {
        centralAuthority: {
          value:
            'Bundesamt für Justiz (Federal Office of Justice), acting for the Federal Ministry of Justice: decides on granting incoming and outgoing requests for mutual assistance where the competence has not been transferred to the Länder, and is involved whenever the diplomatic channel or the channel to foreign ministries of justice is used.',
          source: 'de_bfj_rechtshilfe',
        },
        notes: {
          value:
            'Competence for mutual assistance follows the Act on International Mutual Assistance in Criminal Matters (IRG) together with an agreement between the Federation and the Länder: many requests are granted by Land authorities, not by the Federal Office.',
          source: 'de_bfj_rechtshilfe',
        },
      },
    },
    {
      kind: 'country',
      key: 'GB',
      facts: {
        centralAuthority: {
          value:
            'UK Central Authority (UKCA), Home Office: coordinates MLA requests for England, Wales and Northern Ireland, except tax and fiscal customs criminal matters (HM Revenue & Customs).',
          source: 'gb_gov_mla',
        },
        centralAuthorityContact: {
          value: 'UKCA-ILOR@homeoffice.gov.uk (requests by e-mail via secure channels)',
          source: 'gb_gov_mla',
        },
        transmissionMeans: {
          value: ['email', 'post'],
          source: 'gb_gov_mla',
          note: 'The UKCA encourages requests by e-mail via secure channels; post where e-mail is not possible.',
        },
        notes: {
          value:
            'Requests are made by a formal Letter of Request; the Home Office publishes MLA guidelines for authorities abroad. The UKCA covers England, Wales and Northern Ireland only; the page lists the other UK central authorities.',
          source: 'gb_gov_mla',
        },
      },
    },
  ];
}
