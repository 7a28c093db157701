import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../../lib/i18n';

/** The `<iframe>` of the embeddable map, for the filters in this page's query (carried from the map). */
export function EmbedSnippet() {
  const { t, to } = useI18n();
  const { search } = useLocation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const src = `${window.location.origin}${to('/embed')}${search}`;
  // What a site owner pastes: the address is ours, the title names the frame for screen readers.
  const code = `<iframe src="${src.replace(/"/g, '&quot;')}" title="${t.map.embed.frameTitle}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
  return (
    <section id="embed" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.map.embed.title}</h2>
      <p>{t.map.embed.intro}</p>
      <label htmlFor={`${id}-code`}>{t.map.embed.code}</label>
      <textarea id={`${id}-code`} className="embed-code" readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} />
      <p>
        <button
          type="button"
          className="btn btn-outline"
          onClick={() => void navigator.clipboard?.writeText(code).then(() => setCopied(true), () => setCopied(false))}
        >
          {t.map.embed.copy}
        </button>{' '}
        <span role="status">{copied ? t.map.embed.copied : ''}</span>
      </p>
    </section>
  );
}
