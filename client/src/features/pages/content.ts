import type { Locale } from '@shared/enums';
import type { InfoPageSlug } from '@shared/routes';

export type InfoPageContent = {
  title: string;
  intro?: string;
  sections: { heading: string; paragraphs: string[]; list?: string[]; links?: { href: string; text: string }[] }[];
  /** "Last updated" line shown at the bottom. */
  updated: string;
};
export type { InfoPageSlug };

export const infoPages: Record<InfoPageSlug, Record<Locale, InfoPageContent>> = {
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
            'I dati di contatto del titolare e del Responsabile della protezione dei dati (RPD) sono quelli pubblicati sul sito istituzionale del Comune di Palermo, nella sezione “Amministrazione trasparente”.',
          ],
        },
        {
          heading: 'Cookie e risorse di terze parti',
          paragraphs: [
            'Il sito pubblico non installa cookie, né tecnici né di profilazione, e non usa strumenti di analisi statistica delle visite.',
            'Il sito non carica risorse da server di terzi: caratteri tipografici, script e immagini sono forniti direttamente dal nostro server.',
            'Le immagini di sfondo delle mappe (tile) non sono richieste a fornitori esterni. Se il gestore del sito configura un fornitore esterno di mappe, il browser del visitatore si collega a quel fornitore, che riceve così l’indirizzo IP del visitatore; in quel caso questa informativa sarà aggiornata con il nome del fornitore.',
          ],
        },
        {
          heading: 'Dati di navigazione (log del server)',
          paragraphs: [
            'Per ogni richiesta il server registra l’indirizzo IP, la data e l’ora e l’indirizzo della pagina o del file richiesto.',
            'Questi dati servono solo a garantire la sicurezza e il corretto funzionamento del servizio, per esempio per individuare abusi o attacchi informatici, e non sono usati per profilare i visitatori. Sono conservati per un periodo limitato, fino a 90 giorni, e poi cancellati, salvo che servano all’autorità giudiziaria per accertare reati.',
            'Base giuridica: esecuzione di un compito di interesse pubblico (art. 6, paragrafo 1, lettera e, GDPR).',
          ],
        },
        {
          heading: 'Recapiti pubblicati nella rubrica',
          paragraphs: [
            'La rubrica pubblica soltanto recapiti di uffici e di ruoli (per esempio lo sportello o l’ufficio di un ente), non recapiti personali di singoli dipendenti.',
          ],
        },
        {
          heading: 'Dati del personale degli enti del consorzio',
          paragraphs: [
            'In futuro il personale degli enti del consorzio potrà accedere con un account personale per aggiornare i dati del proprio ente. I dati di questi account saranno trattati solo per gestire l’accesso e le attività del progetto, nell’esecuzione di compiti di interesse pubblico (art. 6, paragrafo 1, lettera e, GDPR).',
            'Questi dati non sono pubblicati sul sito e sono trattati solo da persone autorizzate.',
          ],
        },
        {
          heading: 'Diritti degli interessati e reclamo',
          paragraphs: [
            'In ogni momento è possibile rivolgersi al titolare per esercitare i diritti previsti dagli articoli da 15 a 22 del GDPR, tra cui:',
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
      updated: 'Ultimo aggiornamento: 26 novembre 2026',
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
            'The contact details of the controller and of its Data Protection Officer (DPO) are those published on the Comune di Palermo’s institutional website, in the “Amministrazione trasparente” (transparency) section.',
          ],
        },
        {
          heading: 'Cookies and third-party resources',
          paragraphs: [
            'The public site sets no cookies, neither technical nor profiling ones, and uses no visitor analytics.',
            'The site loads no resources from third-party servers: fonts, scripts and images are served directly by our own server.',
            'Map background images (tiles) are not requested from external providers. If the site operator configures an external map provider, the visitor’s browser connects to that provider, which therefore receives the visitor’s IP address; in that case this notice will be updated with the provider’s name.',
          ],
        },
        {
          heading: 'Browsing data (server logs)',
          paragraphs: [
            'For each request the server records the IP address, the date and time, and the address of the page or file requested.',
            'These data are used only to keep the service secure and working properly, for example to detect abuse or attacks, and are not used to profile visitors. They are kept for a limited period, up to 90 days, and then deleted, unless the judicial authorities need them to investigate an offence.',
            'Legal basis: performance of a task carried out in the public interest (Article 6(1)(e) GDPR).',
          ],
        },
        {
          heading: 'Contact points published in the directory',
          paragraphs: [
            'The directory publishes only contact points of offices and roles (for example a body’s help desk or office), not personal contact details of individual employees.',
          ],
        },
        {
          heading: 'Personal data of consortium staff',
          paragraphs: [
            'In the future, staff of the consortium bodies will be able to sign in with a personal account to update their body’s data. The data of these accounts will be processed only to manage access and project activities, as part of tasks carried out in the public interest (Article 6(1)(e) GDPR).',
            'These data are not published on the site and are processed only by authorised persons.',
          ],
        },
        {
          heading: 'Your rights and complaints',
          paragraphs: [
            'You may contact the controller at any time to exercise the rights set out in Articles 15 to 22 GDPR, including:',
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
      updated: 'Last updated: 26 November 2026',
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
      updated: 'Data della dichiarazione: 26 novembre 2026',
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
      updated: 'Date of this statement: 26 November 2026',
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
      updated: 'Ultimo aggiornamento: 7 dicembre 2026',
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
      updated: 'Last updated: 7 December 2026',
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
      updated: 'Ultimo aggiornamento: 7 dicembre 2026',
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
      updated: 'Last updated: 7 December 2026',
    },
  },
};
