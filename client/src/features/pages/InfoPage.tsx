import { useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { useDocumentTitle, useI18n } from '../../lib/i18n';
import { infoPages, type InfoPageSlug } from './content';
import { EmbedSnippet } from './EmbedSnippet';
import { SiteFacts } from './SiteFacts';

const isInfoPage = (slug: string | undefined): slug is InfoPageSlug => !!slug && slug in infoPages;

/** Privacy notice, accessibility statement and open-data licence. */
export function InfoPage() {
  const { page } = useParams();
  return isInfoPage(page) ? <InfoPageView slug={page} /> : <NotFound />;
}

function InfoPageView({ slug }: { slug: InfoPageSlug }) {
  const { locale } = useI18n();
  const content = infoPages[slug][locale];
  useDocumentTitle(content.title);
  return (
    <article className="container narrow info-page">
      <h1>{content.title}</h1>
      {content.intro && <p className="lead-text">{content.intro}</p>}
      {content.sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {s.list && (
            <ul>
              {s.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {s.links && (
            <ul>
              {s.links.map((l) => (
                <li key={l.href}>
                  <a href={l.href}>{l.text}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {slug === 'open-data' && <EmbedSnippet />}
      {(slug === 'accessibility' || slug === 'privacy') && <SiteFacts page={slug} />}
      <p className="muted small">{content.updated}</p>
    </article>
  );
}
