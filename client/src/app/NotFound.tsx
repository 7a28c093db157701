import { Link } from 'react-router';
import { useDocumentTitle, useI18n } from '../lib/i18n';

export function NotFound() {
  const { t, to } = useI18n();
  useDocumentTitle(t.common.notFoundTitle);
  return (
    <div className="container narrow">
      <h1>{t.common.notFoundTitle}</h1>
      <p>{t.common.notFoundText}</p>
      <p>
        <Link to={to('/')}>{t.common.backHome}</Link>
      </p>
    </div>
  );
}
