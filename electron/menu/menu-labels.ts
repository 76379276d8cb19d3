/**
 * The native menu's words, looked up by the renderer's own i18n keys ("common.nav.cases") in the
 * renderer's English files, so a screen is named the same in the menu and on the page. The files are
 * bundled into main.cjs; a language added beside them is added to LANGUAGES here.
 */
import advisor from '../../renderer/src/i18n/en/advisor.json';
import audit from '../../renderer/src/i18n/en/audit.json';
import bundles from '../../renderer/src/i18n/en/bundles.json';
import common from '../../renderer/src/i18n/en/common.json';
import directory from '../../renderer/src/i18n/en/directory.json';
import knowledge from '../../renderer/src/i18n/en/knowledge.json';
import menu from '../../renderer/src/i18n/en/menu.json';
import reminders from '../../renderer/src/i18n/en/reminders.json';
import settings from '../../renderer/src/i18n/en/settings.json';

type Strings = Record<string, unknown>;
const LANGUAGES: Record<string, Record<string, Strings>> = {
  en: { advisor, audit, bundles, common, directory, knowledge, menu, reminders, settings },
};

export type Translate = (key: string, values?: Record<string, string>) => string;

/** `t` for the OS locale ("fr-FR" → fr), falling back to English, then to the key itself. */
export function menuTranslator(locale: string): Translate {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? 'en';
  const tables = [LANGUAGES[language], LANGUAGES.en].filter((table) => table !== undefined);
  return (key, values = {}) => {
    for (const table of tables) {
      const found = lookup(table, key);
      if (typeof found === 'string') return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
    }
    return key;
  };
}

function lookup(table: Record<string, Strings>, key: string): unknown {
  const [namespace, ...rest] = key.split('.');
  let node: unknown = table[namespace ?? ''];
  for (const part of rest) node = typeof node === 'object' && node !== null ? (node as Strings)[part] : undefined;
  return node;
}
