import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * The first stop of Tab on every screen (WCAG 2.4.1): jumps past the header and the twelve navigation
 * links. It moves focus itself, because with hash routing a plain `#main-content` link would be a route.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className={classes.skip}
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t('a11y.skipToContent')}
    </a>
  );
}
