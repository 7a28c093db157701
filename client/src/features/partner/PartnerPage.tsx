import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import {
  coordinatePrecisionLabels,
  membershipRoleLabels,
  townWithProvince,
} from '@shared/enums';
import { RoleBadge, StatusBadge, TypeLabel } from '../../components/Badges';
import { QueryState } from '../../components/QueryState';
import { SourceList } from '../../components/SourceList';
import { WebLink } from '../../components/WebLink';
import type { PartnerProfile } from '../../lib/api-types';
import { useDocumentTitle, useI18n } from '../../lib/i18n';
import { useMe } from '../../lib/session';
import { trpc } from '../../lib/trpc';
import { PartnerMiniMap } from './PartnerMiniMap';
import { LastUpdated } from '../../components/LastUpdated';
import { ContactList, ServicePointDetails } from '../../components/ServicePoint';

// Editing code is downloaded only by signed-in users.
const PartnerMemberPanel = lazy(() =>
  import('../edit/PartnerMemberPanel').then((m) => ({ default: m.PartnerMemberPanel })),
);

export function PartnerPage() {
  const { slug = '' } = useParams();
  const { t, to } = useI18n();
  const partner = useQuery(trpc.partners.bySlug.queryOptions({ slug }, { retry: false }));
  const me = useMe();
  useDocumentTitle(partner.data?.shortName ?? (partner.isError ? t.common.notFoundTitle : undefined));
  return (
    <div className="container">
      <nav aria-label={t.common.breadcrumb} className="breadcrumb">
        <Link to={to('/partners')}><span className="dir-arrow" aria-hidden="true">←</span> {t.partner.back}</Link>
      </nav>
      <QueryState
        query={partner}
        notFound={
          <div>
            <h1>{t.common.notFoundTitle}</h1>
            <p>{t.partner.notFound}</p>
          </div>
        }
      >
        {(p) => (
          <>
            <PartnerProfileView partner={p} />
            {me.data && (
              <Suspense fallback={null}>
                <PartnerMemberPanel organizationId={p.id} slug={p.slug} />
              </Suspense>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}

function PartnerProfileView({ partner: p }: { partner: PartnerProfile }) {
  const { t, label, pick, langOf, itLang, formatDate } = useI18n();
  const m = p.membership;
  const withdrawn = m?.status === 'withdrawn';
  return (
    <article className="partner-profile">
      <header className="profile-header">
        <p className="profile-kicker">
          <TypeLabel type={p.type} />
        </p>
        <h1 lang={itLang}>{p.name}</h1>
        <p className="profile-badges">
          {m && <RoleBadge role={m.role} />}
          {m && <StatusBadge status={m.status} />}
        </p>
      </header>

      {withdrawn && m && (
        <div className="callout callout-warning" role="note">
          <p className="callout-title">
            {m.endDate ? t.partner.withdrawnOn(formatDate(m.endDate)) : t.partner.withdrawnUnknownDate}
          </p>
          {m.endReasonIt && (
            <p>
              <strong>{t.partner.reason}:</strong> <span lang={langOf(m.endReasonIt, m.endReasonEn)}>{pick(m.endReasonIt, m.endReasonEn ?? '')}</span>
            </p>
          )}
        </div>
      )}

      <div className="profile-grid">
        <div className="profile-main">
          {m && (
            <section>
              <h2>{t.partner.responsibilities}</h2>
              <p>
                <strong>{t.partner.role}:</strong> {label(membershipRoleLabels, m.role)}
              </p>
              <p lang={langOf(m.responsibilitiesIt, m.responsibilitiesEn)}>{pick(m.responsibilitiesIt, m.responsibilitiesEn)}</p>
              <SourceList sources={m.sources} />
            </section>
          )}
          <section>
            <h2>{t.partner.about}</h2>
            <p lang={langOf(p.descriptionIt, p.descriptionEn)}>{pick(p.descriptionIt, p.descriptionEn)}</p>
            <SourceList sources={p.sources} />
          </section>

          <section>
            <h2>{t.partner.sites}</h2>
            {p.sites.length === 0 ? (
              <p className="muted">{t.partner.noSites}</p>
            ) : (
              <ul className="site-list">
                {p.sites.map((s) => (
                  <li key={s.slug} className="site-card" id={`sede-${s.slug}`}>
                    <ServicePointDetails site={s} contacts={p.contacts.filter((c) => c.siteId === s.id)} />
                    <SourceList sources={s.sources} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          {p.membershipHistory.length > 1 && (
            <section>
              <h2>{t.partner.history}</h2>
              <ul>
                {p.membershipHistory.map((h, i) => (
                  <li key={i}>
                    {label(membershipRoleLabels, h.role)} — {h.startDate ? `${t.partner.since} ${formatDate(h.startDate)}` : ''}{' '}
                    {h.endDate ? `${t.partner.until} ${formatDate(h.endDate)}` : ''} <StatusBadge status={h.status} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>

        <aside className="profile-aside">
          <section className="card">
            <h2 className="h5">{t.partner.contacts}</h2>
            {p.contacts.some((c) => c.siteId === null) ? (
              <ContactList contacts={p.contacts.filter((c) => c.siteId === null)} />
            ) : (
              // Never a "no contact" message above the links that follow it.
              <p className="muted small">{p.website || p.pec ? t.partner.channelOnly : t.partner.noContacts}</p>
            )}
            <dl className="facts">
              {p.website && (
                <>
                  <dt>{t.common.website}</dt>
                  <dd>
                    <WebLink href={p.website} />
                  </dd>
                </>
              )}
              {p.pec && (
                <>
                  <dt>{t.common.pec}</dt>
                  <dd>
                    <a href={`mailto:${p.pec}`}>{p.pec}</a>
                  </dd>
                </>
              )}
            </dl>
            {(p.website || p.pec) && p.channelSource && <p className="muted small">{t.partner.contactSource(p.channelSource)}</p>}
          </section>
          <section className="card">
            <h2 className="h5">{t.partner.identifiers}</h2>
            <dl className="facts">
              <dt>{t.partner.location}</dt>
              <dd>
                {p.address ? `${p.address}, ` : ''}
                {townWithProvince(p.city, p.province)}
              </dd>
              {p.ipaCode && (
                <>
                  <dt>{t.partner.ipaCode}</dt>
                  <dd>{p.ipaCode}</dd>
                </>
              )}
              {p.istatCode && (
                <>
                  <dt>{t.partner.istatCode}</dt>
                  <dd>{p.istatCode}</dd>
                </>
              )}
              {p.fiscalCode && (
                <>
                  <dt>{t.partner.fiscalCode}</dt>
                  <dd>{p.fiscalCode}</dd>
                </>
              )}
            </dl>
            {p.lat !== null && p.lng !== null && (
              <>
                <PartnerMiniMap partner={p} />
                {p.coordinatePrecision && (
                  <p className="muted small">{label(coordinatePrecisionLabels, p.coordinatePrecision)}</p>
                )}
              </>
            )}
          </section>
        </aside>
      </div>
      <LastUpdated at={p.lastModified} />
    </article>
  );
}

