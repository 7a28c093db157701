import { useId, useMemo, useState, type FormEvent } from 'react';
import { useAttendanceI18n } from './text';

type Organization = { id: number; name: string; shortName: string };

const normalize = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** "Add organisation": a search field filtering a list box of the organisations not invited yet. */
export function InviteOrganization({
  organizations,
  invitedIds,
  busy,
  onInvite,
}: {
  organizations: Organization[];
  invitedIds: Set<number>;
  busy: boolean;
  onInvite: (organization: Organization) => void;
}) {
  const { t } = useAttendanceI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string>('');
  const [error, setError] = useState(false);
  const available = useMemo(() => organizations.filter((o) => !invitedIds.has(o.id)), [organizations, invitedIds]);
  const shown = useMemo(() => {
    const q = normalize(query.trim());
    const list = q ? available.filter((o) => normalize(`${o.name} ${o.shortName}`).includes(q)) : available;
    return list.slice(0, 200);
  }, [available, query]);
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

  if (available.length === 0) return null;
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
          {shown.length === 0 && <span className="small muted">{t.register.inviteNoMatch}</span>}
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
