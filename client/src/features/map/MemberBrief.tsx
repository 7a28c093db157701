import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { isEmbedPath } from '@shared/routes';
import { organizationTypeLabels, townWithProvince } from '@shared/enums';
import { RoleBadge, StatusBadge } from '../../components/Badges';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../lib/i18n';
import { trpc } from '../../lib/trpc';

/** What a network member's point opens: its name, type, town and a link to its profile. */
export function MemberBrief({ id }: { id: number }) {
  const { t, to, label } = useI18n();
  const partner = useQuery(trpc.partners.byId.queryOptions({ id }));
  const embedded = isEmbedPath(useLocation().pathname);
  return (
    <QueryState query={partner}>
      {(p) => (
        <div className="member-brief">
          <p className="member-brief-name">{p.name}</p>
          <p className="muted small">
            {label(organizationTypeLabels, p.type)} · {townWithProvince(p.city, p.province)}
          </p>
          {p.membership && (
            <p>
              <RoleBadge role={p.membership.role} /> <StatusBadge status={p.membership.status} />
            </p>
          )}
          {/* In the embedded map, the profile opens on the full site (which no other site may frame). */}
          {embedded ? (
            <a href={to(`/partners/${p.slug}`)} target="_blank" rel="noopener">
              {t.common.openProfile}
              <span className="visually-hidden">: {p.name}</span>
            </a>
          ) : (
            <Link to={to(`/partners/${p.slug}`)}>
              {t.common.openProfile}
              <span className="visually-hidden">: {p.name}</span>
            </Link>
          )}
        </div>
      )}
    </QueryState>
  );
}
