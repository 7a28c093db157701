import type { RecordLocale } from '@shared/locales';
import type { InfoPageSlug } from '@shared/routes';

export type InfoPageContent = {
  title: string;
  intro?: string;
  sections: {
    heading: string;
    paragraphs: string[];
    list?: string[];
    /** How many paragraphs come before the list (all of them when absent). */
    listAfter?: number;
    links?: { href: string; text: string }[];
  }[];
  /** The day this text was last changed (ISO); the page shows the later of it and its data's last change. */
  updatedOn: string;
  /** For the accessibility statement: the day it was drawn up, which AgID's model asks to state. */
  statedOn?: string;
};
export type { InfoPageSlug };

/**
 * The info pages are written in Italian and English: the Italian text is the one that counts (the
 * privacy notice and the accessibility statement are legal documents of the Comune di Palermo).
 * French and Arabic pages give their title and gist from their dictionary (`infoPage.summaries`),
 * then the Italian text.
 */
export const infoPages: Record<InfoPageSlug, Record<RecordLocale, InfoPageContent>> = {
  privacy: {
    it: {
      title: 'Informativa privacy',
      intro:
        'Informativa sul trattamento dei dati personali ai sensi dell’articolo 13 del Regolamento (UE) 2016/679 (GDPR) per chi consulta COOPERA Network, la rubrica pubblica del consorzio del progetto COOPERA (PROG 3031, FAMI 2014-2020, Ministero dell’Interno).',
      sections: [
        {
          heading: 'Titolare del trattamento',
          paragraphs: [
            'Il titolare del trattamento è il Comune di Palermo, in qualità di capofila del consorzio COOPERA.',
            'Il titolare, il Responsabile della protezione dei dati (RPD) e l’indirizzo per esercitare i diritti sono indicati più in basso, come li ha inseriti il capofila. Finché non sono indicati, valgono quelli pubblicati sul sito istituzionale del Comune di Palermo, nella sezione “Amministrazione trasparente”.',
          ],
        },
        {
          heading: 'Cookie',
          listAfter: 2,
          paragraphs: [
            'Chi consulta le pagine pubbliche non riceve alcun cookie. Il sito non usa strumenti di analisi statistica delle visite.',
            'Chi entra nell’area riservata riceve due cookie tecnici, necessari al servizio e quindi senza bisogno di consenso:',
            'Nel database è salvata solo un’impronta (hash SHA-256) di ciascun cookie, mai il suo valore.',
          ],
          list: [
            'il cookie di sessione (coopera_session): dura fino all’uscita e, con le impostazioni predefinite, scade dopo 30 minuti di inattività e comunque dopo 12 ore;',
            'il cookie del dispositivo (coopera_device): per 180 giorni ricorda che da quel browser si è già entrati nell’account, così i tentativi di accesso di altri non bloccano il tuo.',
          ],
        },
        {
          heading: 'Risorse di terze parti',
          paragraphs: [
            'Il sito non carica risorse da server di terzi: caratteri tipografici, script e immagini sono forniti direttamente dal nostro server.',
            'Le immagini di sfondo delle mappe (tile) non sono richieste a fornitori esterni. Se il gestore del sito configura un fornitore esterno di mappe, il browser del visitatore si collega a quel fornitore, che riceve così l’indirizzo IP del visitatore; in quel caso questa informativa sarà aggiornata con il nome del fornitore.',
          ],
        },
        {
          heading: 'Dati di navigazione (log del server)',
          paragraphs: [
            'Per ogni richiesta il server scrive una riga con: data e ora, un codice casuale della richiesta, il tipo di richiesta, l’indirizzo della pagina senza i parametri di ricerca, l’esito e la durata.',
            'Il log non contiene l’indirizzo IP, i cookie, il browser usato né ciò che si scrive nei moduli o nelle ricerche. Serve solo a garantire la sicurezza e il funzionamento del servizio ed è conservato per non più di 90 giorni.',
            'Base giuridica: esecuzione di un compito di interesse pubblico (art. 6, paragrafo 1, lettera e, GDPR).',
          ],
        },
        {
          heading: 'Tentativi di accesso non riusciti',
          paragraphs: [
            'Dopo un tentativo di accesso non riuscito il server conserva dei contatori legati all’indirizzo e-mail digitato e all’indirizzo IP di provenienza, per rallentare chi prova a indovinare le password.',
            'I contatori sono cancellati automaticamente un’ora dopo l’ultimo tentativo non riuscito; quelli legati all’e-mail anche al primo accesso riuscito.',
          ],
        },
        {
          heading: 'Account del personale degli enti',
          paragraphs: [
            'Il personale degli enti del consorzio accede con un account personale creato dal capofila. L’account contiene nome, e-mail, ente, ruolo, la data dell’ultimo accesso, un’impronta della password (Argon2: la password non è mai salvata) e, se attivata, la chiave della verifica in due passaggi.',
            'Questi dati servono a gestire l’accesso e le attività del progetto (art. 6, paragrafo 1, lettera e, GDPR), non sono pubblicati e sono visibili solo agli amministratori. Un account disattivato perde le sue sessioni e resta solo per il registro delle modifiche.',
          ],
        },
        {
          heading: 'Registro delle modifiche',
          paragraphs: [
            'Ogni modifica ai dati (enti, adesioni, sedi, contatti, eventi, presenze, verbali, account e impostazioni del sito) è registrata con l’e-mail di chi l’ha fatta, la data e l’ora e i valori prima e dopo. Anche lo scaricamento di un pacchetto di evidenze è registrato.',
            'Il registro è visibile solo ai coordinatori ed è conservato quanto la documentazione del progetto che le regole del FAMI chiedono di conservare.',
          ],
        },
        {
          heading: 'Registri delle presenze',
          paragraphs: [
            'Nei registri delle presenze il capofila annota quali enti hanno partecipato e può indicare il nome del delegato di ciascun ente. Questi dati sono visibili solo agli account del consorzio e restano nel registro dell’evento, che fa parte della documentazione del progetto.',
            'Per gli eventi che lo richiedono il registro può elencare le persone presenti (nome, ruolo, e-mail) con la base giuridica e una data di cancellazione: il giorno dopo quella data i loro nomi sono cancellati automaticamente.',
            'Gli elenchi dei partecipanti importati nei registri (per esempio l’esportazione di una riunione online) sono conservati come prova per la rendicontazione FAMI e sono visibili solo agli account autorizzati.',
          ],
        },
        {
          heading: 'Recapiti pubblicati nella rubrica',
          paragraphs: [
            'La rubrica pubblica soltanto recapiti di uffici e di ruoli (per esempio lo sportello o l’ufficio di un ente), non recapiti personali di singoli dipendenti.',
            'Un contatto che nomina una persona è visibile solo agli account del consorzio, con la sua base giuridica e una data di revisione: a quella data un coordinatore lo conferma o lo disattiva.',
            'Codici, sito web e PEC istituzionale degli enti possono provenire dall’Indice dei domicili digitali della PA (IndicePA), che li pubblica come dati aperti.',
          ],
        },
        {
          heading: 'Diritti degli interessati e reclamo',
          listAfter: 1,
          paragraphs: [
            'In ogni momento è possibile rivolgersi al titolare, all’indirizzo indicato più in basso, per esercitare i diritti previsti dagli articoli da 15 a 22 del GDPR, tra cui:',
            'Il diritto alla portabilità (art. 20) non si applica ai trattamenti svolti per compiti di interesse pubblico. Il sito non prende decisioni basate unicamente su trattamenti automatizzati (art. 22).',
            'Chi ritiene che il trattamento dei propri dati violi il GDPR può proporre reclamo al Garante per la protezione dei dati personali.',
          ],
          list: [
            'accesso ai propri dati (art. 15);',
            'rettifica dei dati inesatti (art. 16);',
            'cancellazione, nei casi previsti (art. 17);',
            'limitazione del trattamento (art. 18);',
            'opposizione al trattamento (art. 21).',
          ],
          links: [{ href: 'https://www.garanteprivacy.it', text: 'Garante per la protezione dei dati personali (www.garanteprivacy.it)' }],
        },
      ],
      updatedOn: '2026-12-07',
    },
    en: {
      title: 'Privacy notice',
      intro:
        'Information on the processing of personal data under Article 13 of Regulation (EU) 2016/679 (GDPR) for visitors of COOPERA Network, the public directory of the consortium of the COOPERA project (PROG 3031, FAMI 2014-2020, Italian Ministry of the Interior).',
      sections: [
        {
          heading: 'Data controller',
          paragraphs: [
            'The data controller is the Comune di Palermo (City of Palermo), as lead partner of the COOPERA consortium.',
            'The controller, its Data Protection Officer (DPO) and the address for exercising your rights are given below, as the lead partner entered them. Until they are given, those published on the Comune di Palermo’s institutional website, in the “Amministrazione trasparente” (transparency) section, apply.',
          ],
        },
        {
          heading: 'Cookies',
          listAfter: 2,
          paragraphs: [
            'Visitors of the public pages receive no cookies. The site uses no visitor analytics.',
            'Signing in to the reserved area sets two technical cookies, needed for the service and therefore not subject to consent:',
            'The database stores only a fingerprint (SHA-256 hash) of each cookie, never its value.',
          ],
          list: [
            'the session cookie (coopera_session): it lasts until you sign out and, with the default settings, expires after 30 minutes without activity and in any case after 12 hours;',
            'the device cookie (coopera_device): for 180 days it remembers that this browser signed in to the account before, so that other people’s sign-in attempts cannot lock yours.',
          ],
        },
        {
          heading: 'Third-party resources',
          paragraphs: [
            'The site loads no resources from third-party servers: fonts, scripts and images are served directly by our own server.',
            'Map background images (tiles) are not requested from external providers. If the site operator configures an external map provider, the visitor’s browser connects to that provider, which therefore receives the visitor’s IP address; in that case this notice will be updated with the provider’s name.',
          ],
        },
        {
          heading: 'Browsing data (server logs)',
          paragraphs: [
            'For each request the server writes one line with: date and time, a random request code, the kind of request, the address of the page without its search parameters, the outcome and the duration.',
            'The log holds no IP address, no cookies, no browser details and nothing typed in forms or searches. It is used only to keep the service secure and working, and kept for no more than 90 days.',
            'Legal basis: performance of a task carried out in the public interest (Article 6(1)(e) GDPR).',
          ],
        },
        {
          heading: 'Failed sign-in attempts',
          paragraphs: [
            'After a failed sign-in attempt the server keeps counters tied to the e-mail address typed and to the IP address it came from, to slow down anyone guessing passwords.',
            'The counters are deleted automatically one hour after the last failed attempt; those tied to the e-mail address also at the first successful sign-in.',
          ],
        },
        {
          heading: 'Accounts of the bodies’ staff',
          paragraphs: [
            'Staff of the consortium bodies sign in with a personal account created by the lead partner. The account holds name, e-mail, body, role, the date of the last sign-in, a fingerprint of the password (Argon2: the password itself is never stored) and, when turned on, the two-factor key.',
            'These data are used to manage access and project activities (Article 6(1)(e) GDPR), are not published and are visible only to administrators. A disabled account loses its sessions and remains only for the change log.',
          ],
        },
        {
          heading: 'Change log',
          paragraphs: [
            'Every change to the data (bodies, memberships, service points, contacts, events, attendance, minutes, accounts and site settings) is recorded with the e-mail of who made it, date and time, and the values before and after. Downloading an evidence pack is recorded too.',
            'The log is visible only to coordinators and is kept as long as the project records that the FAMI rules require to be kept.',
          ],
        },
        {
          heading: 'Attendance registers',
          paragraphs: [
            'In the attendance registers the lead partner records which bodies took part and may note the name of each body’s delegate. These data are visible only to consortium accounts and stay in the event’s register, which is part of the project records.',
            'For events that require it, the register may list the people present (name, role, e-mail) with the legal basis and an erasure date: the day after that date their names are erased automatically.',
            'Participant lists imported into registers (for example the export of an online meeting) are kept as evidence for the FAMI reporting and are visible only to authorised accounts.',
          ],
        },
        {
          heading: 'Contact points published in the directory',
          paragraphs: [
            'The directory publishes only contact points of offices and roles (for example a body’s help desk or office), not personal contact details of individual employees.',
            'A contact that names a person is visible only to consortium accounts, with its legal basis and a review date: on that date a coordinator confirms or disables it.',
            'Codes, website and institutional PEC of the bodies may come from the Italian index of public administrations (IndicePA), which publishes them as open data.',
          ],
        },
        {
          heading: 'Your rights and complaints',
          listAfter: 1,
          paragraphs: [
            'You may contact the controller at any time, at the address given below, to exercise the rights set out in Articles 15 to 22 GDPR, including:',
            'The right to data portability (Article 20) does not apply to processing carried out for tasks in the public interest. The site takes no decisions based solely on automated processing (Article 22).',
            'If you believe that the processing of your data infringes the GDPR, you may lodge a complaint with the Italian data protection authority, the Garante per la protezione dei dati personali.',
          ],
          list: [
            'access to your data (Article 15);',
            'rectification of inaccurate data (Article 16);',
            'erasure, where applicable (Article 17);',
            'restriction of processing (Article 18);',
            'objection to processing (Article 21).',
          ],
          links: [{ href: 'https://www.garanteprivacy.it', text: 'Garante per la protezione dei dati personali (www.garanteprivacy.it)' }],
        },
      ],
      updatedOn: '2026-12-07',
    },
  },
  accessibility: {
    it: {
      title: 'Dichiarazione di accessibilità',
      intro:
        'Il Comune di Palermo, capofila del consorzio COOPERA, si impegna a rendere accessibile il sito COOPERA Network, in conformità alla Legge 9 gennaio 2004, n. 4 e alle Linee guida AgID sull’accessibilità degli strumenti informatici.',
      sections: [
        {
          heading: 'Stato di conformità',
          paragraphs: [
            'Il sito è progettato per rispettare il livello AA delle Web Content Accessibility Guidelines (WCAG) 2.1, richiamate dalla norma europea EN 301 549.',
            'Una valutazione completa della conformità non è ancora stata svolta: lo stato di conformità sarà indicato in questa dichiarazione quando la valutazione sarà conclusa.',
          ],
        },
        {
          heading: 'Come verifichiamo l’accessibilità',
          paragraphs: ['Durante lo sviluppo il sito è verificato in questo modo:'],
          list: [
            'controlli automatici con lo strumento axe-core, eseguiti in browser reali;',
            'prove di navigazione con la sola tastiera;',
            'per ogni mappa, un elenco e una tabella accessibili che riportano le stesse informazioni.',
          ],
        },
        {
          heading: 'Limiti noti',
          paragraphs: ['Sono noti i seguenti limiti:'],
          list: [
            'la mappa è solo un aiuto visivo: le stesse informazioni sono disponibili nell’elenco e nella tabella della pagina;',
            'gli indicatori di enti o sedi che hanno la stessa posizione al centro del comune sono mostrati uno accanto all’altro, quindi non nel punto esatto di ciascuno;',
            'le posizioni sono approssimate a livello di comune, salvo quando sono indicate come esatte.',
          ],
        },
        {
          heading: 'Segnalazioni e richieste',
          paragraphs: [
            'Chi incontra difficoltà nell’accedere a contenuti o funzioni del sito può segnalarlo al capofila, il Comune di Palermo, attraverso i canali indicati sul sito istituzionale del Comune di Palermo.',
            'Nella segnalazione è utile indicare la pagina, il problema riscontrato e il browser o la tecnologia assistiva utilizzati.',
          ],
        },
        {
          heading: 'Procedura di attuazione',
          paragraphs: [
            'In caso di risposta insoddisfacente o di mancata risposta entro 30 giorni dalla segnalazione, è possibile inviare una segnalazione all’Agenzia per l’Italia Digitale (AgID) attraverso il modulo online.',
          ],
          links: [{ href: 'https://form.agid.gov.it', text: 'Modulo di segnalazione AgID (form.agid.gov.it)' }],
        },
      ],
      updatedOn: '2026-11-26',
      statedOn: '2026-11-26',
    },
    en: {
      title: 'Accessibility statement',
      intro:
        'The Comune di Palermo (City of Palermo), lead partner of the COOPERA consortium, is committed to making the COOPERA Network website accessible, in accordance with Italian Law no. 4 of 9 January 2004 and the AgID Guidelines on the accessibility of IT tools.',
      sections: [
        {
          heading: 'Compliance status',
          paragraphs: [
            'The site is designed to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.1, as referenced by the European standard EN 301 549.',
            'A full compliance assessment has not yet been carried out: the compliance status will be stated in this statement once the assessment is complete.',
          ],
        },
        {
          heading: 'How we check accessibility',
          paragraphs: ['During development the site is checked as follows:'],
          list: [
            'automated checks with the axe-core tool, run in real browsers;',
            'keyboard-only navigation tests;',
            'for every map, an accessible list and table giving the same information.',
          ],
        },
        {
          heading: 'Known limitations',
          paragraphs: ['The following limitations are known:'],
          list: [
            'the map is only a visual aid: the same information is available in the list and table on the page;',
            'markers of bodies or sites at the same town-centre position are shown side by side, so not at each one’s exact point;',
            'positions are approximate at town level, unless they are marked as exact.',
          ],
        },
        {
          heading: 'Feedback and requests',
          paragraphs: [
            'If you have difficulty accessing any content or feature of the site, you can report it to the lead partner, the Comune di Palermo, through the channels listed on the Comune di Palermo’s institutional website.',
            'Please include the page, the problem you found and the browser or assistive technology you were using.',
          ],
        },
        {
          heading: 'Enforcement procedure',
          paragraphs: [
            'If the response is unsatisfactory, or if there is no response within 30 days of your report, you can file a report with the Agency for Digital Italy (AgID) through its online form.',
          ],
          links: [{ href: 'https://form.agid.gov.it', text: 'AgID reporting form (form.agid.gov.it)' }],
        },
      ],
      updatedOn: '2026-11-26',
      statedOn: '2026-11-26',
    },
  },
  'open-data': {
    it: {
      title: 'Dati aperti e licenza',
      intro:
        'I dati di COOPERA Network sugli enti della rete, sui loro punti di servizio e sugli eventi pubblici sono pubblicati come dati aperti: chiunque può scaricarli, riutilizzarli e ridistribuirli, anche per fini commerciali, citando la fonte.',
      sections: [
        {
          heading: 'Licenza',
          paragraphs: [
            'I dati sono rilasciati con licenza Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0).',
            'Chi riutilizza i dati deve citare la fonte con il testo “COOPERA Network — Comune di Palermo (capofila)”, indicare la licenza e segnalare le eventuali modifiche apportate.',
          ],
          links: [
            { href: 'https://creativecommons.org/licenses/by/4.0/deed.it', text: 'Sintesi della licenza CC BY 4.0 (in italiano)' },
            { href: 'https://creativecommons.org/licenses/by/4.0/legalcode', text: 'Testo legale completo della licenza CC BY 4.0' },
          ],
        },
        {
          heading: 'File disponibili',
          paragraphs: [
            'I file sono generati dai dati aggiornati della rubrica al momento del download. I file GeoJSON seguono lo standard RFC 7946 e riportano anche la licenza e il testo di attribuzione.',
            'I file CSV seguono lo standard RFC 4180: sono codificati in UTF-8, hanno una riga di intestazione con i nomi dei campi e usano la virgola come separatore. Il calendario segue lo standard RFC 5545.',
          ],
          links: [
            { href: '/api/open/partners.geojson', text: 'Enti della rete, come punti sulla mappa (GeoJSON)' },
            { href: '/api/open/partners.json', text: 'Enti della rete, con i codici ufficiali (JSON)' },
            { href: '/api/open/partners.csv', text: 'Enti della rete, in tabella (CSV)' },
            { href: '/api/open/sites.geojson', text: 'Punti di servizio: sportelli ed équipe (GeoJSON)' },
            { href: '/api/open/sites.json', text: 'Punti di servizio: sportelli ed équipe (JSON)' },
            { href: '/api/open/events.json', text: 'Eventi pubblici della rete (JSON)' },
            { href: '/api/open/events.csv', text: 'Eventi pubblici della rete, in tabella (CSV)' },
            { href: '/api/open/events.ics', text: 'Calendario degli eventi pubblici (iCalendar, da aggiungere al proprio calendario)' },
          ],
        },
        {
          heading: 'Catalogo e riuso',
          paragraphs: [
            'Il catalogo dei dati segue il profilo nazionale DCAT-AP_IT e può essere raccolto dal portale dati.gov.it: per ogni insieme di dati riporta titolo e descrizione in italiano e in inglese, temi, licenza, titolare, data dell’ultima modifica e formati.',
            'Tutti i file si possono leggere da qualsiasi sito (CORS aperto). Il documento OpenAPI descrive gli indirizzi e i campi.',
          ],
          links: [
            { href: '/api/open/catalog.jsonld', text: 'Catalogo DCAT-AP_IT (JSON-LD)' },
            { href: '/api/open/catalog.rdf', text: 'Catalogo DCAT-AP_IT (RDF/XML)' },
            { href: '/api/open/openapi.json', text: 'Descrizione delle interfacce (OpenAPI 3.1)' },
          ],
        },
        {
          heading: 'Nessun dato personale',
          paragraphs: [
            'I file descrivono solo gli enti e i loro punti di servizio. Non contengono dati personali: nessun nome, indirizzo e-mail o numero di telefono di persone.',
            'Gli unici recapiti presenti sono quelli istituzionali dell’ente (sito web e indirizzo PEC). I recapiti degli uffici pubblicati nelle pagine della rubrica non sono inclusi nei file.',
          ],
        },
        {
          heading: 'Posizioni e fonti',
          paragraphs: [
            'Le posizioni sono approssimate al centro del comune, salvo quando il campo coordinatePrecision vale “exact”: in quel caso indicano la sede.',
            'Ogni record riporta, nel campo sources, gli indirizzi delle fonti pubbliche da cui provengono le informazioni.',
          ],
        },
        {
          heading: 'Confini delle province',
          paragraphs: [
            'I confini delle province disegnati sulla mappa provengono da Natural Earth e sono di pubblico dominio. Non fanno parte dei file di dati aperti elencati sopra.',
          ],
        },
      ],
      updatedOn: '2026-12-07',
    },
    en: {
      title: 'Open data and licence',
      intro:
        'The COOPERA Network data on the network’s bodies, their service points and the public events are published as open data: anyone may download, reuse and redistribute them, including for commercial purposes, provided they credit the source.',
      sections: [
        {
          heading: 'Licence',
          paragraphs: [
            'The data are released under the Creative Commons Attribution 4.0 International licence (CC BY 4.0).',
            'If you reuse the data, you must credit the source with the text “COOPERA Network — Comune di Palermo (capofila)”, name the licence and indicate any changes you made.',
          ],
          links: [
            { href: 'https://creativecommons.org/licenses/by/4.0/deed.it', text: 'CC BY 4.0 licence summary (in Italian)' },
            { href: 'https://creativecommons.org/licenses/by/4.0/legalcode', text: 'Full legal text of the CC BY 4.0 licence' },
          ],
        },
        {
          heading: 'Available files',
          paragraphs: [
            'The files are generated from the directory’s current data at the time of download. The GeoJSON files follow RFC 7946 and also carry the licence and the attribution text.',
            'The CSV files follow RFC 4180: they are UTF-8 encoded, have a header row with the field names and use the comma as separator. The calendar follows RFC 5545.',
          ],
          links: [
            { href: '/api/open/partners.geojson', text: 'Bodies of the network, as points on the map (GeoJSON)' },
            { href: '/api/open/partners.json', text: 'Bodies of the network, with their official codes (JSON)' },
            { href: '/api/open/partners.csv', text: 'Bodies of the network, as a table (CSV)' },
            { href: '/api/open/sites.geojson', text: 'Service points: help desks and teams (GeoJSON)' },
            { href: '/api/open/sites.json', text: 'Service points: help desks and teams (JSON)' },
            { href: '/api/open/events.json', text: 'Public events of the network (JSON)' },
            { href: '/api/open/events.csv', text: 'Public events of the network, as a table (CSV)' },
            { href: '/api/open/events.ics?lang=en', text: 'Calendar of the public events (iCalendar, to add to your own calendar)' },
          ],
        },
        {
          heading: 'Catalogue and reuse',
          paragraphs: [
            'The data catalogue follows the Italian DCAT-AP_IT profile and can be harvested by dati.gov.it: for each dataset it gives the title and description in Italian and English, themes, licence, rights holder, date of the last change and formats.',
            'Every file can be read from any site (CORS open). The OpenAPI document describes the addresses and the fields.',
          ],
          links: [
            { href: '/api/open/catalog.jsonld', text: 'DCAT-AP_IT catalogue (JSON-LD)' },
            { href: '/api/open/catalog.rdf', text: 'DCAT-AP_IT catalogue (RDF/XML)' },
            { href: '/api/open/openapi.json', text: 'Description of the interfaces (OpenAPI 3.1)' },
          ],
        },
        {
          heading: 'No personal data',
          paragraphs: [
            'The files describe only the bodies and their service points. They contain no personal data: no names, e-mail addresses or phone numbers of people.',
            'The only contact details included are the body’s institutional ones (website and certified e-mail address, PEC). The office contact points published on the directory pages are not included in the files.',
          ],
        },
        {
          heading: 'Positions and sources',
          paragraphs: [
            'Positions are approximate, at the town centre, unless the coordinatePrecision field is “exact”: in that case they mark the actual premises.',
            'Every record lists, in the sources field, the addresses of the public sources its information comes from.',
          ],
        },
        {
          heading: 'Province boundaries',
          paragraphs: [
            'The province boundaries drawn on the map come from Natural Earth and are in the public domain. They are not part of the open-data files listed above.',
          ],
        },
      ],
      updatedOn: '2026-12-07',
    },
  },
  'note-legali': {
    it: {
      title: 'Note legali',
      intro: 'COOPERA Network è il sito del progetto COOPERA (PROG 3031, FAMI 2014-2020), di cui è capofila il Comune di Palermo.',
      sections: [
        {
          heading: 'Titolarità',
          paragraphs: [
            'Il sito è gestito per conto del partenariato dal Comune di Palermo, ente capofila. I contenuti sugli altri enti sono forniti dagli enti stessi o tratti da fonti pubbliche, indicate accanto a ciascuna informazione.',
          ],
        },
        {
          heading: 'Diritti sui contenuti e licenza dei dati',
          paragraphs: [
            'I dati sugli enti, sui punti di servizio e sugli eventi pubblici sono rilasciati con licenza CC BY 4.0 (si veda la pagina dei dati aperti). Marchi ed emblemi (il logo del progetto, l’emblema dell’Unione europea, i loghi degli enti) restano dei rispettivi titolari e non sono coperti da questa licenza.',
            'Il codice del sito è rilasciato con licenza EUPL-1.2.',
          ],
        },
        {
          heading: 'Responsabilità',
          paragraphs: [
            'Le informazioni sono pubblicate con cura e aggiornate dagli enti del partenariato, ma possono contenere errori o non essere aggiornate: per servizi, orari e recapiti fa fede l’ente che li offre. Le date dedotte dalle fonti sono segnate come tali.',
            'I collegamenti verso siti esterni sono offerti per comodità: i loro contenuti sono responsabilità dei rispettivi gestori.',
          ],
        },
        {
          heading: 'Finanziamento',
          paragraphs: [
            'Il progetto è cofinanziato dall’Unione europea attraverso il Fondo Asilo, Migrazione e Integrazione (FAMI) 2014-2020; autorità responsabile il Ministero dell’Interno. I contenuti del sito non riflettono necessariamente la posizione dell’Unione europea né dell’autorità responsabile.',
          ],
        },
      ],
      updatedOn: '2026-12-07',
    },
    en: {
      title: 'Legal notes',
      intro: 'COOPERA Network is the site of the COOPERA project (PROG 3031, AMIF 2014-2020), led by the Comune di Palermo.',
      sections: [
        {
          heading: 'Ownership',
          paragraphs: [
            'The site is run on behalf of the partnership by the Comune di Palermo, the lead partner. Content about the other bodies is provided by the bodies themselves or taken from public sources, named next to each piece of information.',
          ],
        },
        {
          heading: 'Rights in the content and data licence',
          paragraphs: [
            'The data on the bodies, service points and public events are released under CC BY 4.0 (see the open-data page). Marks and emblems (the project logo, the emblem of the European Union, the bodies’ logos) remain their owners’ and are not covered by this licence.',
            'The site’s code is released under the EUPL-1.2 licence.',
          ],
        },
        {
          heading: 'Liability',
          paragraphs: [
            'The information is published with care and kept up to date by the partner bodies, but it may contain mistakes or be out of date: for services, hours and contacts, the body offering them is authoritative. Dates inferred from the sources are marked as such.',
            'Links to external sites are offered for convenience: their content is the responsibility of whoever runs them.',
          ],
        },
        {
          heading: 'Funding',
          paragraphs: [
            'The project is co-funded by the European Union through the Asylum, Migration and Integration Fund (AMIF) 2014-2020; the responsible authority is the Italian Ministry of the Interior. The content of this site does not necessarily reflect the position of the European Union or of the responsible authority.',
          ],
        },
      ],
      updatedOn: '2026-12-07',
    },
  },
};
