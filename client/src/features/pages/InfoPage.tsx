import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isRecordLocale } from '@shared/locales';
import { LastUpdated, latest } from '../../components/LastUpdated';
import { NotFound } from '../../app/NotFound';
import { localePath, useDocumentTitle, useI18n } from '../../lib/i18n';
import { trpc } from '../../lib/trpc';
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
  const { locale, t, formatDate } = useI18n();
  // In a language the page is not written in: its title and gist, then the Italian text, marked as such.
  const summary = isRecordLocale(locale) ? null : (t.infoPage.summaries[slug] ?? null);
  const content = infoPages[slug][isRecordLocale(locale) ? locale : 'it'];
  // The lead partner's statements on these pages are part of what they say.
  const usesSettings = slug === 'accessibility' || slug === 'privacy';
  const settings = useQuery({ ...trpc.settings.get.queryOptions(), enabled: usesSettings });
  useDocumentTitle(summary?.title ?? content.title);
  return (
    <article className="container narrow info-page">
      <h1>{summary?.title ?? content.title}</h1>
      {summary && (
        <>
          <p className="lead-text">{summary.intro}</p>
          <p className="callout">
            {t.infoPage.onlyIn}{' '}
            <Link to={localePath('en', `/${slug}`)} hrefLang="en">
              {t.infoPage.readEnglish}
            </Link>
          </p>
        </>
      )}
      <div lang={summary ? 'it' : undefined}>
      {content.intro && <p className="lead-text">{content.intro}</p>}
      {content.sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.paragraphs.slice(0, s.listAfter).map((p) => (
            <p key={p}>{p}</p>
          ))}
          {s.list && (
            <ul>
              {s.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {s.listAfter !== undefined &&
            s.paragraphs.slice(s.listAfter).map((p) => (
              <p key={p}>{p}</p>
            ))}
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
      </div>
      {slug === 'open-data' && <EmbedSnippet />}
      {(slug === 'accessibility' || slug === 'privacy') && <SiteFacts page={slug} />}
      {content.statedOn && (
        <p className="muted small">
          {t.common.statedOn} <time dateTime={content.statedOn}>{formatDate(`${content.statedOn}T12:00:00Z`)}</time>
        </p>
      )}
      <LastUpdated at={latest(content.updatedOn, usesSettings ? settings.data?.updatedAt : null)} />
    </article>
  );
}
