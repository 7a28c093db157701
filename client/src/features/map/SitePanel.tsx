import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { ServicePointDetails } from '../../components/ServicePoint';
import type { PublicSite } from '../../lib/api-types';
import { useI18n } from '../../lib/i18n';
import { trpc } from '../../lib/trpc';

/**
 * The service point a marker opened: what it does, where, hours, how to access it and how to reach
 * it, with the way to its partner. Takes the focus when it opens; Escape or the button closes it.
 */
export function SitePanel({ site, onClose }: { site: PublicSite; onClose: () => void }) {
  const { t, to } = useI18n();
  const partner = useQuery(trpc.partners.bySlug.queryOptions({ slug: site.organizationSlug }));
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, [site.slug]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
  };
  return (
    <section className="site-panel card" ref={panel} tabIndex={-1} aria-label={t.map.sitePanel.label} onKeyDown={onKeyDown}>
      <ServicePointDetails site={site} contacts={partner.data?.contacts.filter((c) => c.siteId === site.id) ?? []} heading="h2" />
      <p>
        <Link to={`${to(`/partners/${site.organizationSlug}`)}#sede-${site.slug}`}>
          {t.map.sitePanel.partner(partner.data?.name ?? site.organizationShortName)}
        </Link>
      </p>
      <button type="button" className="btn btn-outline" onClick={onClose}>
        {t.map.sitePanel.close}
      </button>
    </section>
  );
}
