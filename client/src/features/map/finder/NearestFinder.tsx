import { use, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { organizationTypeLabels, siteKindLabels } from '@shared/enums';
import { nearestTo, type LatLng } from '@shared/geo';
import { normalizeText } from '@shared/text-search';
import type { PublicPartner, PublicSite } from '../../../lib/api-types';
import { useI18n } from '../../../lib/i18n';
import { intlLocale } from '../../../lib/i18n/locale';
import { Prerendering } from '../../../lib/prerendering';
import { loadComuni, searchComuni, type Comune } from './comuni';

/** How many services the finder lists. */
const SHOWN = 6;

export type NearestResult = {
  key: string;
  name: string;
  kind: string;
  city: string;
  partnerSlug: string;
  km: number;
  approximate: boolean;
  lat: number;
  lng: number;
};

/** What the map shows of a search: where from, and the services found. */
export type NearestView = { origin: LatLng; label: string; results: NearestResult[] };

type Origin = { position: LatLng; label: string; title: string };

/**
 * "Find the nearest service": a comune from the official list, or the browser's location, and the
 * service points and partners nearest to it, with distance and kind. Everything is computed here,
 * in the browser: the position is never sent.
 */
export function NearestFinder({
  sites,
  partners,
  onView,
  requested,
}: {
  sites: readonly PublicSite[];
  partners: readonly PublicPartner[];
  onView: (view: NearestView | null) => void;
  /** A town typed in the page's search that found nothing: the finder looks from there. */
  requested?: { name: string; key: number } | null;
}) {
  const { t, locale, pick, label, to, itLang } = useI18n();
  const f = t.map.finder;
  const id = useId();
  const [comuni, setComuni] = useState<Comune[] | null>(null);
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [message, setMessage] = useState('');
  const [locating, setLocating] = useState(false);
  // In the prerendered first screen, nothing to type into before the app can act on it.
  const prerendering = use(Prerendering);

  const matches = useMemo(() => (comuni ? searchComuni(comuni, typed) : []), [comuni, typed]);
  const candidates = useMemo(
    () => [
      ...sites.flatMap((s) =>
        s.lat === null || s.lng === null
          ? []
          : [{
              key: `site-${s.slug}`,
              name: `${pick(s.nameIt, s.nameEn)} — ${s.organizationShortName}`,
              kind: label(siteKindLabels, s.kind),
              city: s.city,
              partnerSlug: s.organizationSlug,
              approximate: s.coordinatePrecision !== 'exact',
              lat: s.lat,
              lng: s.lng,
            }],
      ),
      ...partners.flatMap((p) =>
        p.lat === null || p.lng === null
          ? []
          : [{
              key: `partner-${p.slug}`,
              name: p.name,
              kind: `${f.partner} · ${label(organizationTypeLabels, p.type)}`,
              city: p.city,
              partnerSlug: p.slug,
              approximate: p.coordinatePrecision !== 'exact',
              lat: p.lat,
              lng: p.lng,
            }],
      ),
    ],
    [sites, partners, pick, label, f.partner],
  );
  const results = useMemo(() => (origin ? nearestTo(origin.position, candidates, SHOWN) : []), [origin, candidates]);

  useEffect(() => {
    onView(origin ? { origin: origin.position, label: origin.label, results } : null);
  }, [origin, results, onView]);

  const km = useMemo(() => {
    const short = new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
    const long = new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
    return (n: number) => (n < 10 ? short : long).format(n);
  }, [locale]);

  const choose = (c: Comune) => {
    setTyped(`${c.name} (${c.province})`);
    setOpen(false);
    setActive(-1);
    if (!c.position) {
      setOrigin(null);
      setMessage(f.noPosition(c.name));
      return;
    }
    setMessage('');
    setOrigin({ position: c.position, label: c.name, title: f.resultsTitle(c.name) });
  };

  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!requested) return;
    let current = true;
    void loadComuni().then((list) => {
      if (!current) return;
      setComuni(list);
      const wanted = normalizeText(requested.name);
      const found = list.find((c) => normalizeText(c.name) === wanted) ?? searchComuni(list, requested.name, 1)[0];
      if (found) choose(found);
      else {
        setTyped(requested.name);
        setOrigin(null);
        setMessage(f.noComune);
      }
      section.current?.scrollIntoView({ block: 'start' });
    });
    return () => {
      current = false;
    };
  }, [requested?.key]); // eslint-disable-line react-hooks/exhaustive-deps

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && matches.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % matches.length);
    } else if (e.key === 'ArrowUp' && matches.length > 0) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? matches.length - 1 : a - 1));
    } else if (e.key === 'Enter') {
      const pickIt = matches[active >= 0 ? active : 0];
      if (open && pickIt) {
        e.preventDefault();
        choose(pickIt);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setMessage(f.locateFailed);
      return;
    }
    setLocating(true);
    setMessage('');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setLocating(false);
        setTyped('');
        setOrigin({ position: { lat: p.coords.latitude, lng: p.coords.longitude }, label: f.myPosition, title: f.resultsNearYou });
      },
      (error) => {
        setLocating(false);
        setMessage(error.code === error.PERMISSION_DENIED ? f.locateDenied : f.locateFailed);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  const clear = () => {
    setOrigin(null);
    setTyped('');
    setMessage('');
  };

  const listId = `${id}-list`;
  const showList = open && matches.length > 0;
  return (
    <section className="nearest-finder card" aria-labelledby={`${id}-title`} ref={section}>
      <h2 className="h5" id={`${id}-title`}>
        {f.title}
      </h2>
      <p className="small">{f.intro}</p>
      <div className="nearest-form" inert={prerendering || undefined}>
        <div className="field nearest-comune">
          <label htmlFor={`${id}-input`}>{f.comune}</label>
          <input
            id={`${id}-input`}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listId}
            aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
            placeholder={f.placeholder}
            value={typed}
            onFocus={() => void loadComuni().then(setComuni)}
            onChange={(e) => {
              setTyped(e.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul id={listId} role="listbox" className="nearest-options" hidden={!showList} aria-label={f.comune}>
            {matches.map((c, i) => (
              <li
                key={`${c.name}-${c.province}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(c);
                }}
              >
                {c.name} <span className="muted">({c.province})</span>
              </li>
            ))}
          </ul>
          <p className="visually-hidden" role="status">
            {open && typed.trim().length >= 2 && comuni ? (matches.length > 0 ? f.suggestions(matches.length) : f.noComune) : ''}
          </p>
        </div>
        <button type="button" className="btn btn-outline" onClick={locate} aria-disabled={locating || undefined}>
          {locating ? f.locating : f.locate}
        </button>
      </div>
      {message && (
        <p className="alert alert-info" role="alert">
          {message}
        </p>
      )}
      {origin && (
        <div className="nearest-results">
          <h3 className="h6" aria-live="polite">
            {origin.title}
          </h3>
          <ol className="nearest-list">
            {results.map((r) => (
              <li key={r.key}>
                <Link to={to(`/partners/${r.partnerSlug}`)} className="nearest-name">
                  <span lang={itLang}>{r.name}</span>
                </Link>
                <span className="nearest-meta">
                  {r.kind} · {r.city}
                  {r.approximate && <span className="muted"> ({f.approximate})</span>}
                </span>
                <span className="nearest-km">
                  <span className="visually-hidden">{f.distance}: </span>
                  {km(r.km)}
                </span>
              </li>
            ))}
          </ol>
          <button type="button" className="btn btn-link small" onClick={clear}>
            {f.clear}
          </button>
        </div>
      )}
      <p className="muted small nearest-source">{f.source}</p>
    </section>
  );
}
