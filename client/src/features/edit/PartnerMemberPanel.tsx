import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { userRoleLabels } from '@shared/enums';
import { useEditI18n } from './text';
import { canEditOrganization, isCoordinator } from '../../lib/permissions';
import { useMe } from '../../lib/session';
import { trpc } from '../../lib/trpc';
import { ContactsSection } from './ContactsSection';
import { EmailDomainsSection } from './EmailDomainsSection';
import { MembershipSection } from './MembershipSection';
import { OrganizationSection } from './OrganizationSection';
import { SitesSection } from './SitesSection';

/**
 * The signed-in part of a partner page, loaded only for signed-in users: every contact the role
 * may read and, for those who may edit the organisation, its profile, sites and contacts.
 */
export function PartnerMemberPanel({ organizationId, slug }: { organizationId: number; slug: string }) {
  const { t, to, label, pick } = useEditI18n();
  const me = useMe().data;
  const partner = useQuery(trpc.partners.bySlug.queryOptions({ slug }, { retry: false }));
  if (!me) return null;
  const canEdit = canEditOrganization(me, organizationId);
  const sites = (partner.data?.sites ?? []).map((s) => ({ id: s.id, name: pick(s.nameIt, s.nameEn) }));
  return (
    <section className="member-panel" aria-labelledby="member-panel-title">
      <div className="member-panel-head">
        <h2 id="member-panel-title">{t.edit.panelTitle}</h2>
        <p>
          {t.edit.panelSignedInAs(me.name, label(userRoleLabels, me.role))}{' '}
          {canEdit ? t.edit.panelIntroEditor : t.edit.panelIntroReader}
        </p>
      </div>
      {me.mfaSetupRequired ? (
        <div className="alert alert-warning">
          <p>{t.account.mfaRequiredText}</p>
          <p>
            <Link to={to('/account')}>{t.account.goToAccount}</Link>
          </p>
        </div>
      ) : (
        <>
          <ContactsSection organizationId={organizationId} canEdit={canEdit} sites={sites} />
          {canEdit && (
            <SitesSection
              organizationId={organizationId}
              defaults={{
                province: partner.data?.province ?? '',
                city: partner.data?.city ?? '',
                near: partner.data?.lat != null && partner.data.lng != null ? [partner.data.lat, partner.data.lng] : null,
              }}
            />
          )}
          {canEdit && <OrganizationSection organizationId={organizationId} />}
          {isCoordinator(me) && <MembershipSection organizationId={organizationId} />}
          {isCoordinator(me) && <EmailDomainsSection organizationId={organizationId} />}
        </>
      )}
    </section>
  );
}
