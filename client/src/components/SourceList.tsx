import type { Source } from '@shared/schemas/common';
import { useI18n } from '../lib/i18n';
import { WebLink } from './WebLink';

/** The public sources a record rests on, so anyone can check it. */
export function SourceList({ sources }: { sources: Source[] }) {
  const { t } = useI18n();
  if (sources.length === 0) return null;
  return (
    <details className="sources">
      <summary>
        {t.common.sources} ({sources.length})
      </summary>
      <ul>
        {sources.map((s) => (
          <li key={s.url + (s.title ?? '')}>
            <WebLink href={s.url} display="host">
              {s.title}
            </WebLink>
          </li>
        ))}
      </ul>
    </details>
  );
}
