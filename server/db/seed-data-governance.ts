/**
 * Governance seed (issue #4): the bodies, the real events and who leads or contributes to each line of
 * activity, from the "Events" table and the partner notes of /work/shared/data/coopera-facts.md.
 *
 * The facts hold no per-partner attendance: no register line is seeded, registers start empty.
 * Dates follow the facts; where they are not certain the event is flagged `dateConfidence: 'inferred'`
 * with the reason in `dateNote`. Participant totals are stored only when the facts give a number.
 * The reasoning behind each mapping is in docs/decisions/005-real-events-and-inferred-dates.md.
 *
 * As in seed-data.ts, where the sources give only a news site's domain the URL is its home page and
 * the article is identified in `title`; no article path is guessed.
 */
import type { Source } from '../../shared/schemas/common';
import type { SeedActivityParticipant, SeedBody, SeedEvent } from './seed-types';

const SRC = {
  progetto: {
    url: 'https://www.progettocoopera.it/index.php/il-progetto',
    title: 'Progetto COOPERA — Il progetto',
  },
  tavoliTecnici: {
    url: 'https://www.progettocoopera.it/index.php/business/tavoli-tecnici',
    title: 'Progetto COOPERA — Tavoli tecnici',
  },
  emersioneDisagio: {
    url: 'https://www.progettocoopera.it/index.php/business/emersione-disagio',
    title: 'Progetto COOPERA — Emersione disagio',
  },
  anciProgetto: {
    url: 'https://www.anci.sicilia.it/progetto-3031-coopera/',
    title: 'ANCI Sicilia — Progetto 3031 COOPERA',
  },
  qds: {
    url: 'https://www.qds.it/',
    title: 'qds.it (articolo p=287300) — webinar ANCI Sicilia del 7 dicembre (anno dedotto: 2021)',
  },
  ilSiciliaTavolo2: {
    url: 'https://www.ilsicilia.it/',
    title: 'ilsicilia.it — 2° tavolo tecnico del 31 gennaio 2022 (13 Comuni SAI)',
  },
  newsPresentazione: {
    url: 'https://www.progettocoopera.it/index.php/news-eventi',
    title: 'Progetto COOPERA — News ed eventi: webinar di presentazione del progetto (25 febbraio)',
  },
  newsCartaFirenze: {
    url: 'https://www.progettocoopera.it/index.php/news-eventi',
    title: 'Progetto COOPERA — News ed eventi: il Comune di Palermo aderisce alla Carta di Firenze',
  },
  agensir: {
    url: 'https://www.agensir.it/',
    title: 'agensir.it, febbraio 2022 — Forum del Mediterraneo e Carta di Firenze',
  },
  terzoTavolo: {
    url: 'https://www.progettocoopera.it/index.php/news-eventi/55-webinar-terzo-tavolo-tecnico',
    title: 'Progetto COOPERA — Webinar del 3° tavolo tecnico (modello della rete SAI bresciana)',
  },
  tp24Emdr: {
    url: 'https://www.tp24.it/',
    title: 'tp24.it, 11 marzo 2022 — incontri EMDR nelle strutture di accoglienza di Salemi e Fulgatore',
  },
  tp24Sportelli: {
    url: 'https://www.tp24.it/',
    title: 'tp24.it, 10 aprile 2022 — sportelli COOPERA a Palermo e Trapani',
  },
  siracusaOggi: {
    url: 'https://www.siracusaoggi.it/',
    title: 'siracusaoggi.it, 2022 — équipe multidisciplinari COOPERA dell’ASP di Siracusa',
  },
  siciliaReporter: {
    url: 'https://www.siciliareporter.com/',
    title: 'siciliareporter.com, marzo 2022 — servizi ambulatoriali COOPERA dell’ASP di Agrigento',
  },
  ilSiciliaTavolo4: {
    url: 'https://www.ilsicilia.it/',
    title: 'ilsicilia.it — 4° tavolo tecnico, marzo 2022 (24 Comuni SAI)',
  },
  mezzogiornoItalia: {
    url: 'https://www.mezzogiornoitalia.it/',
    title: 'mezzogiornoitalia.it — primo incontro con la rete Piccoli Comuni Welcome (25 marzo 2022)',
  },
  ilSiciliaSilverCall: {
    url: 'https://www.ilsicilia.it/',
    title: 'ilsicilia.it, 1 aprile 2022 — accordo COOPERA-BUSY sulla piattaforma SilverCall',
  },
  ilSiciliaTavolo5: {
    url: 'https://www.ilsicilia.it/',
    title: 'ilsicilia.it — 5° tavolo tecnico del 27 aprile 2022 (161 Comuni invitati)',
  },
  ecoDiSicilia: {
    url: 'https://www.ecodisicilia.com/',
    title: 'ecodisicilia.com — 5° tavolo tecnico COOPERA del 27 aprile 2022 a Palermo',
  },
  newsConvegnoMaggio: {
    url: 'https://www.progettocoopera.it/index.php/news-eventi',
    title: 'Progetto COOPERA — News ed eventi: convegno «Dall’accoglienza all’inclusione» (maggio 2022)',
  },
  newsRifugiato: {
    url: 'https://www.progettocoopera.it/index.php/news-eventi',
    title: 'Progetto COOPERA — News ed eventi: Giornata mondiale del rifugiato (20 giugno 2022)',
  },
  zeroTavolaRotonda: {
    url: 'https://www.98zero.com/',
    title: '98zero.com — tavola rotonda ANCI Sicilia del 15 dicembre 2022, Palermo',
  },
  zeroWorkshop: {
    url: 'https://www.98zero.com/',
    title: '98zero.com — workshop ANCI Sicilia, febbraio 2023 (circa 30 amministrazioni)',
  },
  zeroWorkshopTrapani: {
    url: 'https://www.98zero.com/',
    title: '98zero.com — workshop ANCI Sicilia annunciato a Trapani per il 9 marzo 2023',
  },
  msna: {
    url: 'https://www.progettocoopera.it/index.php/news-eventi/91-incontro-msna',
    title: 'Progetto COOPERA — Incontro sui minori stranieri non accompagnati (14 marzo 2023)',
  },
  zeroFinale: {
    url: 'https://www.98zero.com/',
    title: '98zero.com — presentazione del resoconto finale di COOPERA, Palermo, 29 marzo 2023',
  },
} as const satisfies Record<string, Source>;

/** The ten partners, the Comune di Agrigento included: it withdrew, on a date the sources do not give. */
const PARTNERS = [
  'comune-di-palermo',
  'comune-di-trapani',
  'comune-di-agrigento',
  'asp-siracusa',
  'asp-agrigento',
  'asp-trapani',
  'policlinico-palermo',
  'polo-universitario-agrigento',
  'cefpas',
  'anci-sicilia',
];
// `until` stays null for Agrigento: the date of its withdrawal is not known (see its membership).
const partnerMembers = () => PARTNERS.map((organizationSlug) => ({ organizationSlug, since: null, until: null }));

export const BODY_SLUGS = {
  tables: 'tavoli-tecnici-coopera',
  sai: 'coordinamento-comuni-rete-sai',
  partnership: 'partenariato-coopera',
} as const;

export const governanceBodiesSeed: SeedBody[] = [
  {
    slug: BODY_SLUGS.tables,
    kind: 'technical_table',
    nameIt: 'Tavoli tecnici COOPERA',
    nameEn: 'COOPERA technical tables',
    descriptionIt:
      'Tavoli tecnici tra istituzioni e operatori sui temi dell’accoglienza, promossi e coordinati da ANCI ' +
      'Sicilia (linea di attività 1). Vi prendono parte i partner, gli operatori e i Comuni della rete SAI; ' +
      'le fonti non nominano i singoli Comuni, per cui i membri registrati sono i dieci partner del progetto. ' +
      'Le fonti non indicano una regola di quorum.',
    descriptionEn:
      'Technical tables of institutions and operators on reception, promoted and coordinated by ANCI Sicilia ' +
      '(line of activity 1). Partners, operators and SAI network municipalities take part; the sources do not ' +
      'name the municipalities one by one, so the recorded members are the ten project partners. The sources ' +
      'give no quorum rule.',
    coordinatorSlug: 'anci-sicilia',
    quorumShare: null,
    sources: [SRC.tavoliTecnici, SRC.anciProgetto],
    members: partnerMembers(),
  },
  {
    slug: BODY_SLUGS.sai,
    kind: 'sai_coordination',
    nameIt: 'Coordinamento regionale dei Comuni della Rete SAI',
    nameEn: 'Regional coordination of the SAI network municipalities',
    descriptionIt:
      'Costituito da ANCI Sicilia nell’ambito di COOPERA: i Comuni aderenti partecipano ai tavoli tecnici ' +
      'senza essere partner del progetto. Secondo le fonti è cresciuto da 13 Comuni (gennaio 2022) a 22 al ' +
      'terzo tavolo tecnico, a 24 Comuni insieme a enti metropolitani e di area vasta nella primavera del ' +
      '2022, fino a circa 30 amministrazioni nel febbraio 2023. Le fonti non nominano i singoli Comuni: ' +
      'l’elenco dei membri è vuoto e va completato dal coordinamento, registrando i Comuni come membri della ' +
      'rete. Le fonti non indicano una regola di quorum.',
    descriptionEn:
      'Set up by ANCI Sicilia within COOPERA: its member municipalities take part in the technical tables ' +
      'without being project partners. According to the sources it grew from 13 municipalities (January ' +
      '2022) to 22 at the third technical table, to 24 municipalities together with metropolitan and ' +
      'provincial bodies by spring 2022, and to about 30 administrations by February 2023. The sources do not ' +
      'name the municipalities: the member list is empty, for the coordination to fill in by recording them ' +
      'as network members. The sources give no quorum rule.',
    coordinatorSlug: 'anci-sicilia',
    quorumShare: null,
    sources: [SRC.anciProgetto, SRC.tavoliTecnici, SRC.ilSiciliaTavolo2, SRC.terzoTavolo, SRC.ilSiciliaTavolo4, SRC.zeroWorkshop],
    members: [],
  },
  {
    slug: BODY_SLUGS.partnership,
    kind: 'partner_meeting',
    nameIt: 'Partenariato COOPERA',
    nameEn: 'COOPERA partnership',
    descriptionIt:
      'I dieci enti partner del progetto, guidati dal Comune di Palermo (capofila). Il Comune di Agrigento è ' +
      'receduto dal progetto in una data che le fonti non indicano: la sua appartenenza resta registrata ' +
      'senza data di fine. Le fonti non documentano un comitato di pilotaggio formale né una regola di quorum.',
    descriptionEn:
      'The ten partner bodies of the project, led by the Municipality of Palermo (lead partner). The ' +
      'Municipality of Agrigento withdrew on a date the sources do not give: its membership stays recorded ' +
      'without an end date. The sources document no formal steering committee and no quorum rule.',
    coordinatorSlug: 'comune-di-palermo',
    quorumShare: null,
    sources: [SRC.progetto, SRC.anciProgetto],
    members: partnerMembers(),
  },
];

/** Defaults of an event row, so each entry below lists only what the facts say. */
const event = (e: Partial<SeedEvent> & Pick<SeedEvent, 'slug' | 'type' | 'titleIt' | 'titleEn' | 'startsAt' | 'sources'>): SeedEvent => ({
  endsAt: null,
  dateConfidence: 'confirmed',
  dateNote: null,
  mode: null,
  place: null,
  onlineUrl: null,
  organizerSlug: 'anci-sicilia',
  organizerNote: null,
  bodySlug: null,
  agendaIt: '',
  agendaEn: '',
  outcomeIt: '',
  outcomeEn: '',
  totalParticipants: null,
  totalOrganizations: null,
  participantsNote: null,
  status: 'held',
  isPublic: true,
  ...e,
});

const YEAR_INFERRED = (year: number) => `anno non indicato nella fonte: ${year} dedotto dal contesto`;

/** The eighteen rows of the facts' Events table, in order. */
export const eventsSeed: SeedEvent[] = [
  event({
    slug: '2021-12-07-webinar-coordinamento-comuni-sai',
    type: 'webinar',
    titleIt: 'Verso il coordinamento dei Comuni siciliani della rete SAI',
    titleEn: 'Setting up the coordination of Sicilian SAI municipalities',
    startsAt: '2021-12-07T09:45:00+01:00',
    dateConfidence: 'inferred',
    dateNote: YEAR_INFERRED(2021),
    mode: 'online',
    bodySlug: BODY_SLUGS.tables,
    agendaIt: 'Costituzione del coordinamento dei Comuni siciliani della rete SAI.',
    agendaEn: 'Setting up the coordination of the Sicilian municipalities of the SAI network.',
    sources: [SRC.qds],
  }),
  event({
    slug: '2022-01-31-secondo-tavolo-tecnico',
    type: 'technical_table',
    titleIt: '2° tavolo tecnico — Rafforzare l’organizzazione del Comune per gestire un progetto SAI',
    titleEn: '2nd technical table — Strengthening the municipality’s organisation to run a SAI project',
    startsAt: '2022-01-31T15:00:00+01:00',
    endsAt: '2022-01-31T17:00:00+01:00',
    mode: 'online',
    bodySlug: BODY_SLUGS.tables,
    agendaIt:
      'Il rafforzamento dell’organizzazione comunale per la gestione di un progetto SAI, con i casi di ' +
      'Torino e Chiesanuova. Si è svolto come webinar.',
    agendaEn:
      'Strengthening the municipal organisation that runs a SAI project, with the cases of Turin and ' +
      'Chiesanuova. Held as a webinar.',
    totalOrganizations: 15,
    participantsNote: '13 Comuni e i Liberi Consorzi di Ragusa e Siracusa',
    sources: [SRC.ilSiciliaTavolo2],
  }),
  event({
    slug: '2022-02-25-webinar-presentazione-coopera',
    type: 'webinar',
    titleIt: 'Webinar di presentazione del progetto COOPERA',
    titleEn: 'Presentation webinar of the COOPERA project',
    startsAt: '2022-02-25',
    dateConfidence: 'inferred',
    dateNote: YEAR_INFERRED(2022),
    mode: 'online',
    organizerSlug: 'comune-di-palermo',
    outcomeIt: 'Circa 100 partecipanti, con un alto gradimento.',
    outcomeEn: 'About 100 participants, with high satisfaction.',
    totalParticipants: 100,
    participantsNote: 'circa 100 persone',
    sources: [SRC.newsPresentazione],
  }),
  event({
    slug: '2022-02-26-adesione-carta-di-firenze',
    type: 'agreement',
    titleIt: 'Il Comune di Palermo aderisce alla Carta di Firenze',
    titleEn: 'The Municipality of Palermo joins the Carta di Firenze',
    startsAt: '2022-02-26',
    mode: 'in_person',
    place: 'Palazzo Vecchio, Firenze',
    organizerSlug: 'comune-di-palermo',
    agendaIt: 'Adesione alla Carta di Firenze durante il Forum dei sindaci del Mediterraneo a Palazzo Vecchio.',
    agendaEn: 'Joining the Carta di Firenze at the Mediterranean mayors’ forum in Palazzo Vecchio.',
    sources: [SRC.newsCartaFirenze, SRC.agensir],
  }),
  event({
    slug: '2022-03-02-terzo-tavolo-tecnico',
    type: 'technical_table',
    titleIt: '3° tavolo tecnico — Il modello della rete SAI della provincia di Brescia',
    titleEn: '3rd technical table — The SAI network model of the province of Brescia',
    startsAt: '2022-03-02T15:00:00+01:00',
    endsAt: '2022-03-02T17:00:00+01:00',
    dateConfidence: 'inferred',
    dateNote: YEAR_INFERRED(2022),
    mode: 'online',
    bodySlug: BODY_SLUGS.tables,
    agendaIt: 'Il modello di rete SAI della provincia di Brescia, attivo dal 2016. Si è svolto come webinar.',
    agendaEn: 'The SAI network model of the province of Brescia, running since 2016. Held as a webinar.',
    totalOrganizations: 26,
    participantsNote: '22 Comuni, 3 Liberi Consorzi e la Città Metropolitana di Palermo',
    sources: [SRC.terzoTavolo],
  }),
  event({
    slug: '2022-03-incontri-emdr-salemi-fulgatore',
    type: 'training',
    titleIt: 'Incontri sulla cura del trauma (EMDR) nelle strutture di accoglienza',
    titleEn: 'Trauma-care meetings (EMDR) in reception facilities',
    startsAt: '2022-03-01',
    endsAt: '2022-05-31',
    dateConfidence: 'inferred',
    datePrecision: 'month',
    dateNote: 'da marzo a maggio 2022: le fonti non indicano i giorni degli incontri',
    mode: 'in_person',
    place: 'Strutture di accoglienza di Salemi e Fulgatore (TP)',
    organizerSlug: 'asp-trapani',
    organizerNote: 'con l’équipe COOPERA',
    agendaIt:
      'Incontri di sensibilizzazione sulla cura del trauma con il metodo EMDR, nelle strutture di accoglienza ' +
      'di Salemi e Fulgatore (linea di attività «Emersione del disagio»).',
    agendaEn:
      'Outreach meetings on trauma care with the EMDR method, in the reception facilities of Salemi and ' +
      'Fulgatore (line of activity “Bringing distress to light”).',
    sources: [SRC.tp24Emdr, SRC.emersioneDisagio],
  }),
  event({
    slug: '2022-03-24-quarto-tavolo-tecnico',
    type: 'technical_table',
    titleIt: '4° tavolo tecnico — PNRR, co-programmazione e co-progettazione nell’accoglienza SAI',
    titleEn: '4th technical table — PNRR, co-programming and co-design in SAI reception',
    startsAt: '2022-03-24',
    dateConfidence: 'inferred',
    dateNote: '4 o 24 marzo 2022: il giorno non è certo',
    mode: 'online',
    bodySlug: BODY_SLUGS.tables,
    agendaIt:
      'Il Piano nazionale di ripresa e resilienza (PNRR), la co-programmazione e la co-progettazione ' +
      'nell’accoglienza SAI. Si è svolto come webinar.',
    agendaEn:
      'The national recovery and resilience plan (PNRR), co-programming and co-design in SAI reception. ' +
      'Held as a webinar.',
    participantsNote:
      'enti: 24 Comuni, più Liberi Consorzi e Città Metropolitana (numero complessivo non indicato dalle fonti)',
    sources: [SRC.ilSiciliaTavolo4],
  }),
  event({
    slug: '2022-03-25-rete-piccoli-comuni-welcome',
    type: 'meeting',
    titleIt: 'Primo incontro con la rete Piccoli Comuni Welcome',
    titleEn: 'First meeting with the Piccoli Comuni Welcome network',
    startsAt: '2022-03-25',
    mode: 'in_person',
    place: 'Palermo',
    sources: [SRC.mezzogiornoItalia],
  }),
  event({
    slug: '2022-04-01-accordo-silvercall',
    type: 'agreement',
    titleIt: 'Riattivata la piattaforma SilverCall con l’accordo COOPERA–BUSY',
    titleEn: 'SilverCall restarted under a COOPERA–BUSY agreement',
    startsAt: '2022-04-01',
    organizerSlug: 'comune-di-palermo',
    organizerNote: 'con ASP Trapani',
    outcomeIt:
      'La piattaforma di mediazione culturale SilverCall del progetto FAMI BUSY (capofila ASP Trapani) torna ' +
      'disponibile: tutti i partner di COOPERA vi hanno accesso.',
    outcomeEn:
      'The SilverCall cultural-mediation platform of the FAMI project BUSY (led by ASP Trapani) is available ' +
      'again: every COOPERA partner has access to it.',
    sources: [SRC.ilSiciliaSilverCall],
  }),
  event({
    slug: '2022-04-27-quinto-tavolo-tecnico',
    type: 'technical_table',
    titleIt: '5° tavolo tecnico — La rete Piccoli Comuni Welcome e le cooperative di comunità',
    titleEn: '5th technical table — The Piccoli Comuni Welcome network and community cooperatives',
    startsAt: '2022-04-27T09:00:00+02:00',
    mode: 'hybrid',
    place: 'NH Hotel, Foro Italico Umberto I 22, Palermo',
    bodySlug: BODY_SLUGS.tables,
    agendaIt: 'La rete Piccoli Comuni Welcome e le cooperative di comunità.',
    agendaEn: 'The Piccoli Comuni Welcome network and community cooperatives.',
    participantsNote: '161 Comuni invitati; le fonti descrivono la partecipazione come «buona»',
    sources: [SRC.ilSiciliaTavolo5, SRC.ecoDiSicilia],
  }),
  event({
    slug: '2022-05-convegno-governo-regionale-migrazione',
    type: 'conference',
    titleIt: 'Convegno «Dall’accoglienza all’inclusione: il governo regionale del fenomeno migratorio in Sicilia»',
    titleEn: 'Conference “From reception to inclusion: the regional governance of migration in Sicily”',
    startsAt: '2022-05-01',
    dateConfidence: 'inferred',
    datePrecision: 'month',
    dateNote: 'maggio 2022: le fonti non indicano il giorno',
    participantsNote: 'con l’ufficio regionale per l’immigrazione e l’ufficio scolastico regionale',
    sources: [SRC.newsConvegnoMaggio],
  }),
  event({
    slug: '2022-06-20-giornata-mondiale-rifugiato',
    type: 'public_event',
    titleIt: 'Giornata mondiale del rifugiato con i giovani del SAI alle Nuove Officine Zisa',
    titleEn: 'World Refugee Day with young people of the SAI network at Nuove Officine Zisa',
    startsAt: '2022-06-20',
    mode: 'in_person',
    place: 'Palermo',
    organizerSlug: 'comune-di-palermo',
    sources: [SRC.newsRifugiato],
  }),
  event({
    slug: '2022-12-15-tavola-rotonda-enti-locali',
    type: 'conference',
    titleIt: 'Tavola rotonda «Dall’accoglienza all’inclusione: il sistema degli enti locali»',
    titleEn: 'Round table “From reception to inclusion: the system of local authorities”',
    startsAt: '2022-12-15T15:00:00+01:00',
    endsAt: '2022-12-15T17:15:00+01:00',
    mode: 'in_person',
    place: 'Splendid Hotel La Torre, Palermo',
    agendaIt: 'Tavola rotonda della conferenza regionale sulla migrazione.',
    agendaEn: 'Round table of the regional conference on migration.',
    participantsNote: 'tra i partecipanti: ASP Trapani e Comune di Palermo',
    sources: [SRC.zeroTavolaRotonda],
  }),
  event({
    slug: '2023-02-09-workshop-alfabetizzazione-scolastica',
    type: 'workshop',
    titleIt: 'Workshop — Percorsi di alfabetizzazione scolastica e competenze',
    titleEn: 'Workshop — School literacy and skills paths',
    startsAt: '2023-02-09T10:00:00+01:00',
    endsAt: '2023-02-09T14:00:00+01:00',
    mode: 'in_person',
    place: 'San Paolo Palace Hotel, Palermo',
    bodySlug: BODY_SLUGS.sai,
    sources: [SRC.zeroWorkshop],
  }),
  event({
    slug: '2023-02-23-workshop-orientamento-lavoro',
    type: 'workshop',
    titleIt: 'Workshop — Orientamento, formazione e inserimento lavorativo',
    titleEn: 'Workshop — Guidance, training and job inclusion',
    startsAt: '2023-02-23T10:00:00+01:00',
    endsAt: '2023-02-23T14:00:00+01:00',
    mode: 'hybrid',
    place: 'Sede della Città Metropolitana di Catania, Tremestieri Etneo (CT)',
    bodySlug: BODY_SLUGS.sai,
    totalOrganizations: 30,
    participantsNote: 'circa 30 amministrazioni',
    sources: [SRC.zeroWorkshop],
  }),
  event({
    slug: '2023-03-09-workshop-trapani',
    type: 'workshop',
    titleIt: 'Workshop ANCI Sicilia a Trapani',
    titleEn: 'ANCI Sicilia workshop in Trapani',
    startsAt: '2023-03-09',
    // The source announces it; none reports that it took place.
    status: 'planned',
    dateNote: 'annunciato; svolgimento non confermato dalle fonti',
    mode: 'in_person',
    place: 'Trapani',
    bodySlug: BODY_SLUGS.sai,
    agendaIt: 'Le fonti annunciano il workshop senza indicarne il tema.',
    agendaEn: 'The sources announce the workshop without giving its subject.',
    sources: [SRC.zeroWorkshopTrapani],
  }),
  event({
    slug: '2023-03-14-convegno-msna',
    type: 'conference',
    titleIt: 'Convegno «Inclusione dei Minori Stranieri non Accompagnati»',
    titleEn: 'Conference “Inclusion of Unaccompanied Foreign Minors”',
    startsAt: '2023-03-14T09:30:00+01:00',
    endsAt: '2023-03-14T14:00:00+01:00',
    mode: 'in_person',
    place: 'Sala Piersanti Mattarella, Palazzo dei Normanni, Palermo',
    organizerNote: 'con Kiwanis Italia–San Marino',
    sources: [SRC.msna],
  }),
  event({
    slug: '2023-03-29-presentazione-finale',
    type: 'public_event',
    titleIt: 'Presentazione del resoconto e dei dati finali di COOPERA',
    titleEn: 'Presentation of the summary report and final data of COOPERA',
    startsAt: '2023-03-29',
    mode: 'in_person',
    place: 'Sala Martorana, Palazzo Comitini, Palermo',
    organizerSlug: 'comune-di-palermo',
    organizerNote: 'con tutti i partner',
    bodySlug: BODY_SLUGS.partnership,
    agendaIt: 'Presentazione del resoconto di sintesi e dei dati finali del progetto.',
    agendaEn: 'Presentation of the summary report and the final data of the project.',
    participantsNote: 'tutti i partner',
    sources: [SRC.zeroFinale],
  }),
];

/** Only the roles the sources state; the other lines and partners are left for the lead partner to fill in. */
export const activityParticipantsSeed: SeedActivityParticipant[] = [
  { activityPosition: 1, organizationSlug: 'anci-sicilia', role: 'lead', sources: [SRC.tavoliTecnici, SRC.anciProgetto] },
  { activityPosition: 3, organizationSlug: 'asp-siracusa', role: 'contributor', sources: [SRC.siracusaOggi] },
  { activityPosition: 3, organizationSlug: 'asp-agrigento', role: 'contributor', sources: [SRC.siciliaReporter] },
  { activityPosition: 3, organizationSlug: 'asp-trapani', role: 'contributor', sources: [SRC.tp24Emdr] },
  {
    activityPosition: 4,
    organizationSlug: 'asp-trapani',
    role: 'contributor',
    sources: [SRC.tp24Emdr, SRC.emersioneDisagio],
  },
  { activityPosition: 5, organizationSlug: 'comune-di-palermo', role: 'contributor', sources: [SRC.tp24Sportelli] },
  { activityPosition: 5, organizationSlug: 'comune-di-trapani', role: 'contributor', sources: [SRC.tp24Sportelli] },
];
