import { siteKindLabels, townWithProvince } from '@shared/enums';
import type { PartnerProfile, PublicSite } from '../lib/api-types';
import { useI18n } from '../lib/i18n';
import { WebLink } from './WebLink';

type Contact = PartnerProfile['contacts'][number];

/** Public contacts (of an organisation or one of its service points), each with its source and check date. */
export function ContactList({ contacts }: { contacts: PartnerProfile['contacts'] }) {
  const { t, formatDate } = useI18n();
  if (contacts.length === 0) return null;
  return (
    <ul className="contact-list">
      {contacts.map((c) => (
        <li key={c.id} className="contact">
          <p className="contact-label">{c.label}</p>
          {c.function && <p className="muted small">{c.function}</p>}
          {c.email && (
            <p>
              <a href={`mailto:${c.email}`}>{c.email}</a>
            </p>
          )}
          {c.phone && (
            <p>
              <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>
            </p>
          )}
          {c.pec && (
            <p>
              {t.common.pec}: <a href={`mailto:${c.pec}`}>{c.pec}</a>
            </p>
          )}
          {c.url && (
            <p>
              <WebLink href={c.url} />
            </p>
          )}
          <p className="muted small">
            {t.partner.contactSource(c.source)}
            {c.verifiedOn && `, ${t.partner.verifiedOn(formatDate(c.verifiedOn))}`}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * A service point as people need it: what it is, where, what it does, when it is open, how to get
 * in, and how to reach it. The partner page lists them; the map opens one in its panel.
 */
export function ServicePointDetails({
  site,
  contacts,
  heading: Heading = 'h3',
}: {
  site: PublicSite;
  contacts: Contact[];
  heading?: 'h2' | 'h3';
}) {
  const { t, label, pick, langOf } = useI18n();
  const hours = pick(site.hoursIt, site.hoursEn);
  const access = pick(site.accessIt, site.accessEn);
  return (
    <>
      <p className="site-kind">{label(siteKindLabels, site.kind)}</p>
      <Heading className="site-name" lang={langOf(site.nameIt, site.nameEn)}>{pick(site.nameIt, site.nameEn)}</Heading>
      <p className="muted">
        {site.address ? `${site.address}, ` : ''}
        {townWithProvince(site.city, site.province)}
      </p>
      {pick(site.descriptionIt, site.descriptionEn) && <p lang={langOf(site.descriptionIt, site.descriptionEn)}>{pick(site.descriptionIt, site.descriptionEn)}</p>}
      {(hours || access) && (
        <dl className="facts site-facts-list">
          {hours && (
            <>
              <dt>{t.partner.hours}</dt>
              <dd>{hours}</dd>
            </>
          )}
          {access && (
            <>
              <dt>{t.partner.access}</dt>
              <dd>{access}</dd>
            </>
          )}
        </dl>
      )}
      <ContactList contacts={contacts} />
    </>
  );
}
