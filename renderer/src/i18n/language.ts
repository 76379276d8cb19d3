import i18next from 'i18next';
import { isUiLanguage, uiLanguageOf, type UiLanguage } from '../../../shared/domain/languages';
import { loadLanguage } from './load-language';

/**
 * The language of this computer's sign-in screen: the last one chosen here, else the browser's. After
 * sign-in the officer's own choice (kept in the database) takes over, and becomes this computer's last.
 */
const LAST_LANGUAGE = 'legat.language';
/** Set when someone picks a language on the sign-in screen: it becomes theirs once they are in. */
const CHOSEN_BEFORE_SIGN_IN = 'legat.languageChosenBeforeSignIn';

export function initialLanguage(): UiLanguage {
  const last = localStorage.getItem(LAST_LANGUAGE);
  return isUiLanguage(last) ? last : uiLanguageOf(navigator.language);
}

export function currentLanguage(): UiLanguage {
  return uiLanguageOf(i18next.language);
}

/** Shows the interface in this language and remembers it on this computer. */
export function applyLanguage(language: UiLanguage): void {
  localStorage.setItem(LAST_LANGUAGE, language);
  if (i18next.language !== language) void loadLanguage(language).then(() => i18next.changeLanguage(language));
}

/** The sign-in screen's choice, applied now and handed to whoever signs in next. */
export function chooseBeforeSignIn(language: UiLanguage): void {
  sessionStorage.setItem(CHOSEN_BEFORE_SIGN_IN, language);
  applyLanguage(language);
}

/** The language picked on the sign-in screen since the last sign-in, if any (read once). */
export function takeChoiceBeforeSignIn(): UiLanguage | null {
  const chosen = sessionStorage.getItem(CHOSEN_BEFORE_SIGN_IN);
  sessionStorage.removeItem(CHOSEN_BEFORE_SIGN_IN);
  return isUiLanguage(chosen) ? chosen : null;
}

/** Screen readers and the browser's own widgets (native date fields, spelling) follow the page's lang. */
export function showLanguage(language: string): void {
  document.documentElement.lang = uiLanguageOf(language);
}
