import { Link, useNavigate } from 'react-router';
import { RequireUser } from '../../components/RequireUser';
import { useDocumentTitle } from '../../lib/i18n';
import { useEditI18n } from './text';
import { OrganizationForm } from './OrganizationForm';

/** Coordinators add an organisation to the network, then complete it from its page. */
export function NewOrganizationPage() {
  const { t, to } = useEditI18n();
  useDocumentTitle(t.edit.organization.newTitle);
  const navigate = useNavigate();
  return (
    <RequireUser min="coordinator">
      {() => (
        <div className="container narrow">
          <nav aria-label={t.admin.breadcrumb} className="breadcrumb">
            <Link to={to('/account')}><span className="dir-arrow" aria-hidden="true">←</span> {t.account.title}</Link>
          </nav>
          <h1>{t.edit.organization.newTitle}</h1>
          <p className="lead-text">{t.edit.organization.newIntro}</p>
          <OrganizationForm
            onCancel={() => navigate(to('/account'))}
            onSaved={(saved) => navigate(to(`/partners/${saved.slug}`))}
          />
        </div>
      )}
    </RequireUser>
  );
}
