import { Link } from 'react-router';
import { userRoleLabels } from '@shared/enums';
import { RequireUser } from '../../components/RequireUser';
import type { Me } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/i18n';
import { useAccountI18n } from './text';
import { hasRole } from '../../lib/permissions';
import { ChangePasswordSection } from './ChangePasswordSection';
import { TwoFactorSection } from './TwoFactorSection';

export function AccountPage() {
  const { t } = useAccountI18n();
  useDocumentTitle(t.account.title);
  return <RequireUser allowPendingMfa>{(me) => <AccountView me={me} />}</RequireUser>;
}

function AccountView({ me }: { me: Me }) {
  const { t, to, label } = useAccountI18n();
  return (
    <div className="container account-page">
      <h1>{t.account.title}</h1>
      <p className="lead-text">{t.account.welcome(me.name)}</p>
      {me.mfaSetupRequired && (
        <div className="alert alert-warning" role="note">
          <p className="alert-title">{t.account.mfaRequiredTitle}</p>
          <p>{t.account.mfaRequiredText}</p>
          <p>
            <a href="#two-factor">{t.account.mfaRequiredLink}</a>
          </p>
        </div>
      )}
      <div className="account-grid">
        <section className="card" aria-labelledby="account-profile">
          <h2 className="h5" id="account-profile">
            {t.account.profile}
          </h2>
          <dl className="facts">
            <dt>{t.account.name}</dt>
            <dd>{me.name}</dd>
            <dt>{t.account.email}</dt>
            <dd>{me.email}</dd>
            <dt>{t.account.role}</dt>
            <dd>{label(userRoleLabels, me.role)}</dd>
            {me.organization && (
              <>
                <dt>{t.account.organization}</dt>
                <dd>
                  <Link to={to(`/partners/${me.organization.slug}`)}>{me.organization.shortName}</Link>
                </dd>
              </>
            )}
          </dl>
          <p className="muted small">{t.account.profileNote}</p>
        </section>
        {!me.mfaSetupRequired && <ActionLinks me={me} />}
      </div>
      <TwoFactorSection me={me} />
      <ChangePasswordSection />
    </div>
  );
}

function ActionLinks({ me }: { me: Me }) {
  const { t, to } = useAccountI18n();
  const links: { href: string; title: string; text: string }[] = [];
  if (me.organization && me.role === 'editor') {
    links.push({
      href: `/partners/${me.organization.slug}`,
      title: t.account.links.ownOrganization(me.organization.shortName),
      text: t.account.links.ownOrganizationText,
    });
  }
  if (hasRole(me, 'coordinator')) {
    links.push(
      { href: '/admin/review', title: t.account.links.review, text: t.account.links.reviewText },
      { href: '/admin/audit', title: t.account.links.audit, text: t.account.links.auditText },
      { href: '/admin/organizations/new', title: t.account.links.newOrganization, text: t.account.links.newOrganizationText },
      { href: '/admin/indicepa', title: t.account.links.indicePa, text: t.account.links.indicePaText },
    );
  }
  if (hasRole(me, 'admin')) {
    links.push({ href: '/admin/users', title: t.account.links.users, text: t.account.links.usersText });
  }
  links.push({ href: '/partners', title: t.account.links.directory, text: t.account.links.directoryText });
  return (
    <section className="card" aria-labelledby="account-actions">
      <h2 className="h5" id="account-actions">
        {t.account.actions}
      </h2>
      <ul className="action-links">
        {links.map((l) => (
          <li key={l.href}>
            <Link to={to(l.href)}>{l.title}</Link>
            <span className="muted small">{l.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
