import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { trpc } from '../../lib/trpc';
import { useAttendanceI18n } from './text';

type Organization = { id: number; name: string; shortName: string };

/** Organisations asked for per search: a list box's worth, the rest found by typing more. */
const PICK_PAGE = 50;

/**
 * "Add organisation": a search field and a list box of the organisations not invited yet, searched on
 * the server (the same accent-insensitive index as the directory), one page at a time, so that a
 * network of thousands never has to reach the page whole.
 */
export function InviteOrganization({
  organizationCount,
  invitedIds,
  busy,
  onInvite,
}: {
  /** How many organisations there are in all (the register's answer says). */
  organizationCount: number;
  invitedIds: Set<number>;
  busy: boolean;
  onInvite: (organization: Organization) => void;
}) {
  const { t } = useAttendanceI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string>('');
  const [error, setError] = useState(false);
  const q = useDeferredValue(query.trim());
  const found = useQuery({
    ...trpc.partners.page.queryOptions({ ...(q ? { q } : {}), pageSize: PICK_PAGE, sort: 'name' }),
    placeholderData: keepPreviousData,
    enabled: organizationCount > invitedIds.size,
  });
  const shown: Organization[] = (found.data?.items ?? []).filter((o) => !invitedIds.has(o.id));
  const more = found.data ? found.data.total - found.data.items.length : 0;
  // The list always has its first organisation selected (as the browser shows it): type, then Enter.
  const chosen = shown.find((o) => String(o.id) === selected) ?? shown[0];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) {
      setError(true);
      return;
    }
    setError(false);
    onInvite(chosen);
    setSelected('');
    setQuery('');
  };

  if (organizationCount <= invitedIds.size) return null;
  return (
    <form className="invite-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.register.inviteTitle}</h3>
      <div className="invite-fields">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t.register.inviteSearch}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            autoComplete="off"
            aria-describedby={`${id}-hint`}
            aria-controls={`${id}-list`}
            onChange={(e) => {
              setQuery(e.target.value);
              setError(false);
            }}
          />
          <span id={`${id}-hint`} className="small muted">
            {t.register.inviteSearchHint}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-list`}>{t.register.inviteList}</label>
          <select
            id={`${id}-list`}
            size={Math.min(6, Math.max(2, shown.length))}
            value={chosen ? String(chosen.id) : ''}
            aria-invalid={error || undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setSelected(e.target.value);
              setError(false);
            }}
            onDoubleClick={() => chosen && onInvite(chosen)}
          >
            {shown.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          {found.data && shown.length === 0 && more === 0 && <span className="small muted">{t.register.inviteNoMatch}</span>}
          {more > 0 && <span className="small muted">{t.register.inviteMore(more)}</span>}
          {error && (
            <span id={`${id}-error`} className="field-error" role="alert">
              {t.register.inviteChoose}
            </span>
          )}
        </div>
      </div>
      <button type="submit" className="btn btn-outline" disabled={busy}>
        {t.register.inviteAdd}
      </button>
    </form>
  );
}
