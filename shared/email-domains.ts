/**
 * E-mail domains: which say something about the sender's organisation, and how they are written.
 * The attendance matcher (server/attendance/matching.ts), the domains coordinators register for an
 * organisation, and the import review page all read them from here.
 */

/**
 * Mail providers anyone can use, and certified-mail (PEC) providers: a domain of these says
 * nothing about the sender's organisation.
 */
const SHARED_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'libero.it', 'virgilio.it', 'alice.it', 'tin.it', 'tim.it', 'tiscali.it',
  'fastwebnet.it', 'email.it', 'inwind.it', 'iol.it', 'hotmail.com', 'hotmail.it', 'outlook.com', 'outlook.it',
  'live.com', 'live.it', 'msn.com', 'yahoo.com', 'yahoo.it', 'ymail.com', 'icloud.com', 'me.com', 'gmx.com',
  'gmx.it', 'protonmail.com', 'proton.me', 'aol.com', 'aruba.it', 'pec.it', 'legalmail.it', 'postecert.it',
  'arubapec.it', 'pec.libero.it', 'pec.aruba.it', 'mypec.eu', 'pecveneto.it', 'cert.legalmail.it', 'casellapec.com',
]);

/** Labels that certified-mail hosts put in front of an organisation's own domain. */
export const PEC_PREFIXES = /^(pec|cert|postacert|legalmail|mailcert|posta-certificata)\./;

/** A domain anyone can have an address at (gmail.com, a PEC provider): it identifies no organisation. */
export const isSharedMailDomain = (domain: string) => SHARED_MAIL_DOMAINS.has(domain);

/** A host name with at least two labels: `comune.palermo.it`, not `localhost` or `-x.it`. */
export const DOMAIN_PATTERN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The domain of an e-mail address, lower-case, or '' when there is none. */
export function emailDomain(email: string | undefined | null): string {
  const at = email?.lastIndexOf('@') ?? -1;
  if (!email || at < 0) return '';
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/[>)\].;,\s]+$/, '');
}

/**
 * What a coordinator typed as a domain, in its stored form: "@Comune.Palermo.IT " → "comune.palermo.it";
 * a whole address gives its domain.
 */
export const normalizeDomain = (typed: string) => {
  const s = typed.trim().toLowerCase();
  return (s.includes('@') ? emailDomain(s) : s).replace(/\.$/, '');
};

/** The domain that identifies an address's organisation, or '' when it identifies none. */
export function organizationDomainOf(email: string | undefined | null): string {
  const d = emailDomain(email);
  return d && d.includes('.') && !isSharedMailDomain(d) ? d : '';
}
