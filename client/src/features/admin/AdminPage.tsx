import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { UserRole } from '@shared/enums';
import { RequireUser } from '../../components/RequireUser';
import { useDocumentTitle } from '../../lib/i18n';
import { useAdminI18n } from './text';

/** The frame of a coordinators' or administrators' screen: guard, breadcrumb back to the account, title. */
export function AdminPage({
  title,
  intro,
  min,
  wide = false,
  children,
}: {
  title: string;
  intro?: ReactNode;
  min: UserRole;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t, to } = useAdminI18n();
  useDocumentTitle(title);
  return (
    <RequireUser min={min}>
      {() => (
        <div className={wide ? 'container admin-page' : 'container narrow admin-page'}>
          <nav aria-label={t.admin.breadcrumb} className="breadcrumb">
            <Link to={to('/account')}><span className="dir-arrow" aria-hidden="true">←</span> {t.account.title}</Link>
          </nav>
          <h1>{title}</h1>
          {intro && <p className="lead-text">{intro}</p>}
          {children}
        </div>
      )}
    </RequireUser>
  );
}
