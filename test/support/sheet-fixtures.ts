import writeXlsxFile from 'write-excel-file/node';

type Value = string | number | Date | null;
type Sheet = (Value | { value: Value; columnSpan?: number })[][];

const cellOf = (value: Value | { value: Value; columnSpan?: number }) => {
  if (value === null) return null;
  if (typeof value === 'object' && !(value instanceof Date)) return value;
  return value instanceof Date ? { value, format: 'dd/mm/yyyy' } : { value };
};

/** An .xlsx written the way Excel stores it (dates as formatted serials), for the import to read. */
export async function xlsx(sheet: Sheet): Promise<Buffer> {
  return writeXlsxFile(sheet.map((row) => row.map(cellOf)) as never).toBuffer();
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An office's French register: a merged title row above the headers, Excel dates and a date serial. */
export function frenchRegister(): Sheet {
  return [
    [{ value: 'Registre des demandes — attaché de sécurité intérieure', columnSpan: 6 }, null, null, null, null, null],
    [
      'N° dossier',
      'Intitulé du dossier',
      'Objet',
      'Canal',
      'Nature',
      'Pays',
      'Fournisseur',
      'Notre référence',
      'Votre référence',
      'Envoyée le',
      'Réponse',
      'Statut',
      'Identifiants',
      'Notes',
    ],
    [
      'D-2025-014',
      'Rançongiciel, hôpital de Nantes',
      'Conservation du compte Gmail',
      'Fournisseur',
      'Conservation',
      'USA',
      'Google LLC',
      'ASI/2025/031',
      'GGL-88231',
      day('2025-03-04'),
      null,
      'en attente',
      'rancon.nantes@gmail.com',
      '=HYPERLINK("http://example.invalid","cliquer")',
    ],
    [
      'D-2025-014',
      'Rançongiciel, hôpital de Nantes',
      "Demande d'entraide — perquisition",
      'Entraide pénale',
      null,
      'États-Unis',
      null,
      'ASI/2025/032',
      null,
      // A date serial in a cell without a date format: 2025-05-20.
      45797,
      null,
      'transmise',
      null,
      'Autorité centrale: OIA',
    ],
    [
      'D-2025-020',
      'Escroquerie au président',
      'Abonné du numéro',
      'Coopération policière',
      'Interpol',
      'Atlantide',
      null,
      'ASI/2025/040',
      null,
      day('2027-01-10'),
      null,
      'envoyée',
      'bob@',
      null,
    ],
  ];
}

/** A Spanish register with text dates, one of which reads differently day-first and month-first. */
export function spanishRegister(): Sheet {
  return [
    [
      'Expediente',
      'Asunto',
      'Canal',
      'Tipo',
      'País',
      'Proveedor',
      'Nuestra referencia',
      'Enviado',
      'Respuesta',
      'Estado',
    ],
    [
      'EXP-7/2025',
      'Datos de abonado de Meta',
      'Proveedor',
      'Datos de abonado',
      'EEUU',
      'Meta Platforms Inc.',
      'AGR-2025-7',
      '04/03/2025',
      '20/03/2025',
      'respondido',
    ],
    [
      'EXP-8/2025',
      'Conservación de cuenta',
      'Proveedor',
      'Conservación',
      'Irlanda',
      'Microsoft Ireland',
      'AGR-2025-8',
      '15 de marzo de 2025',
      null,
      'pendiente',
    ],
  ];
}
