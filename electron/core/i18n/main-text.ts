import type { UiLanguage } from '../../../shared/domain/languages';

/** Titles of the OS file dialogs the main process opens, in the signed-in officer's language. */
const DIALOG_TITLES = {
  en: {
    backUpToFolder: 'Back up to folder',
    restoreBackup: 'Restore a Legat backup',
    exportBundle: 'Export case bundle',
    importBundle: 'Import a case bundle',
    addFiles: 'Add files',
    saveCopy: 'Save a copy',
    exportVcard: 'Export vCard',
  },
  fr: {
    backUpToFolder: 'Sauvegarder dans un dossier',
    restoreBackup: 'Restaurer une sauvegarde de Legat',
    exportBundle: 'Exporter un paquet de dossiers',
    importBundle: 'Importer un paquet de dossiers',
    addFiles: 'Ajouter des fichiers',
    saveCopy: 'Enregistrer une copie',
    exportVcard: 'Exporter en vCard',
  },
  es: {
    backUpToFolder: 'Hacer copia de seguridad en una carpeta',
    restoreBackup: 'Restaurar una copia de seguridad de Legat',
    exportBundle: 'Exportar paquete de expedientes',
    importBundle: 'Importar un paquete de expedientes',
    addFiles: 'Añadir archivos',
    saveCopy: 'Guardar una copia',
    exportVcard: 'Exportar vCard',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>;

export type DialogTitle = keyof (typeof DIALOG_TITLES)['en'];

export function dialogTitle(language: UiLanguage, which: DialogTitle): string {
  return DIALOG_TITLES[language][which];
}

/**
 * Titles of the error boxes shown when Legat cannot start. Nobody is signed in yet, so they follow the
 * operating system's language; the message under them is technical detail and stays as written.
 */
const STARTUP_FAILURES = {
  en: {
    cannotStart: 'Legat could not start',
    newerVersion: 'This data needs a newer Legat',
    cannotOpen: 'Legat could not open its data',
    dataFolder: 'Data folder',
  },
  fr: {
    cannotStart: 'Legat n’a pas pu démarrer',
    newerVersion: 'Ces données nécessitent une version plus récente de Legat',
    cannotOpen: 'Legat n’a pas pu ouvrir ses données',
    dataFolder: 'Dossier de données',
  },
  es: {
    cannotStart: 'Legat no ha podido arrancar',
    newerVersion: 'Estos datos requieren una versión más reciente de Legat',
    cannotOpen: 'Legat no ha podido abrir sus datos',
    dataFolder: 'Carpeta de datos',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>;

export function startupText(language: UiLanguage): (typeof STARTUP_FAILURES)[UiLanguage] {
  return STARTUP_FAILURES[language];
}
