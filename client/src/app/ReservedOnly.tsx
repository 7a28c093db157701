import { Link, useLocation } from 'react-router';
import { stripLocale } from '@shared/locales';
import { localePath, useDocumentTitle, useI18n } from '../lib/i18n';

/**
 * A signed-in screen opened in a language it is not written in (French, Arabic): it says so, in the
 * visitor's language, and links to the same screen in Italian and English, keeping the query string.
 */
export function ReservedOnly() {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  useDocumentTitle(t.reservedOnly.title);
  const path = stripLocale(pathname);
  return (
    <div className="container narrow">
      <h1>{t.reservedOnly.title}</h1>
      <p>{t.reservedOnly.text}</p>
      <ul className="link-list">
        <li>
          <Link to={path + search} hrefLang="it">
            {t.reservedOnly.openIt}
          </Link>
        </li>
        <li>
          <Link to={localePath('en', path) + search} hrefLang="en">
            {t.reservedOnly.openEn}
          </Link>
        </li>
      </ul>
    </div>
  );
}
