/**
 * Enumerations shared by client and server, with their labels: public ones in every interface language,
 * the signed-in screens' in Italian and English.
 * Plain data only (no zod here) so the public map bundle stays small.
 */

import type { Locale, RecordLocale } from './locales';

export type { Locale, RecordLocale };
/** Labels shown on public pages: every interface language (the server sorts by them too). */
export type Labels<K extends string> = Record<K, Record<Locale, string>>;
/** Labels of the signed-in screens and exports, which are Italian and English only. */
export type RecordLabels<K extends string> = Record<K, Record<RecordLocale, string>>;

export const ORGANIZATION_TYPES = [
  'municipality',
  'health_authority',
  'university_hospital',
  'university',
  'training_centre',
  'municipal_association',
  'other_public_body',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
export const organizationTypeLabels: Labels<OrganizationType> = {
  municipality: { it: 'Comune', en: 'Municipality', fr: 'Commune', ar: 'بلدية' },
  health_authority: { it: 'Azienda sanitaria provinciale', en: 'Provincial health authority', fr: 'Agence sanitaire provinciale', ar: 'الهيئة الصحية الإقليمية' },
  university_hospital: { it: 'Azienda ospedaliera universitaria', en: 'University hospital', fr: 'Hôpital universitaire', ar: 'مستشفى جامعي' },
  university: { it: 'Università', en: 'University', fr: 'Université', ar: 'جامعة' },
  training_centre: { it: 'Centro di formazione', en: 'Training centre', fr: 'Centre de formation', ar: 'مركز تكوين' },
  municipal_association: { it: 'Associazione di comuni', en: 'Association of municipalities', fr: 'Association de communes', ar: 'اتحاد البلديات' },
  other_public_body: { it: 'Altro ente pubblico', en: 'Other public body', fr: 'Autre organisme public', ar: 'هيئة عمومية أخرى' },
};

export const MEMBERSHIP_ROLES = ['lead_partner', 'partner', 'network_member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const membershipRoleLabels: Labels<MembershipRole> = {
  lead_partner: { it: 'Capofila', en: 'Lead partner', fr: 'Chef de file', ar: 'الشريك الرئيسي' },
  partner: { it: 'Partner', en: 'Partner', fr: 'Partenaire', ar: 'شريك' },
  network_member: { it: 'Membro della rete', en: 'Network member', fr: 'Membre du réseau', ar: 'عضو في الشبكة' },
};

export const MEMBERSHIP_STATUSES = ['active', 'withdrawn', 'ended'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export const membershipStatusLabels: Labels<MembershipStatus> = {
  active: { it: 'Attivo', en: 'Active', fr: 'Actif', ar: 'نشط' },
  withdrawn: { it: 'Receduto', en: 'Withdrawn', fr: 'Retiré', ar: 'انسحب' },
  ended: { it: 'Concluso', en: 'Ended', fr: 'Terminé', ar: 'انتهت المشاركة' },
};

export const SITE_KINDS = ['help_desk', 'outpatient_team', 'mobile_team', 'office'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
export const siteKindLabels: Labels<SiteKind> = {
  help_desk: { it: 'Sportello', en: 'Help desk', fr: 'Guichet d’accueil', ar: 'شباك الاستقبال' },
  outpatient_team: { it: 'Équipe ambulatoriale', en: 'Outpatient team', fr: 'Équipe de consultation', ar: 'فريق العيادة' },
  mobile_team: { it: 'Équipe mobile', en: 'Mobile team', fr: 'Équipe mobile', ar: 'فريق متنقل' },
  office: { it: 'Ufficio', en: 'Office', fr: 'Bureau', ar: 'مكتب' },
};

/** Who may see a contact point: everyone, any signed-in member, or coordinators only. */
export const VISIBILITY_TIERS = ['public', 'members', 'coordinators'] as const;
export type Visibility = (typeof VISIBILITY_TIERS)[number];
export const visibilityLabels: Labels<Visibility> = {
  public: { it: 'Pubblico', en: 'Public', fr: 'Public', ar: 'للجميع' },
  members: { it: 'Membri della rete', en: 'Network members', fr: 'Membres du réseau', ar: 'أعضاء الشبكة' },
  coordinators: { it: 'Solo coordinamento', en: 'Coordinators only', fr: 'Coordination seulement', ar: 'التنسيق فقط' },
};

export const COORDINATE_PRECISIONS = ['exact', 'approximate'] as const;
export type CoordinatePrecision = (typeof COORDINATE_PRECISIONS)[number];
export const coordinatePrecisionLabels: Labels<CoordinatePrecision> = {
  exact: { it: 'Posizione esatta', en: 'Exact position', fr: 'Position exacte', ar: 'موقع دقيق' },
  approximate: { it: 'Posizione approssimata (centro del comune)', en: 'Approximate position (town centre)', fr: 'Position approximative (centre de la commune)', ar: 'موقع تقريبي (وسط البلدية)' },
};

export const CONTACT_KINDS = ['office', 'person'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const DATE_CONFIDENCES = ['confirmed', 'inferred'] as const;
export type DateConfidence = (typeof DATE_CONFIDENCES)[number];

/** How much of an event's date the sources give: the day, or only the month ("maggio 2022"). */
export const DATE_PRECISIONS = ['day', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Sicily's nine provinces, ISO 3166-2 codes. */
export const PROVINCES = [
  { code: 'IT-AG', sigla: 'AG', name: 'Agrigento' },
  { code: 'IT-CL', sigla: 'CL', name: 'Caltanissetta' },
  { code: 'IT-CT', sigla: 'CT', name: 'Catania' },
  { code: 'IT-EN', sigla: 'EN', name: 'Enna' },
  { code: 'IT-ME', sigla: 'ME', name: 'Messina' },
  { code: 'IT-PA', sigla: 'PA', name: 'Palermo' },
  { code: 'IT-RG', sigla: 'RG', name: 'Ragusa' },
  { code: 'IT-SR', sigla: 'SR', name: 'Siracusa' },
  { code: 'IT-TP', sigla: 'TP', name: 'Trapani' },
] as const;
export const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [ProvinceCode, ...ProvinceCode[]];
export type ProvinceCode = (typeof PROVINCES)[number]['code'];
export const provinceName = (code: ProvinceCode): string =>
  PROVINCES.find((p) => p.code === code)?.name ?? code;
/** "Licata (AG)": the way Italian addresses name the province. */
export const townWithProvince = (city: string, code: ProvinceCode): string =>
  `${city} (${PROVINCES.find((p) => p.code === code)?.sigla ?? code.replace(/^IT-/, '')})`;

/** Bounding box of Sicily and its minor islands (lon/lat), used to validate coordinates. */
export const SICILY_BOUNDS = { minLat: 35.45, maxLat: 38.85, minLng: 11.9, maxLng: 15.7 } as const;

export const OPEN_DATA_LICENSE = {
  name: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'COOPERA Network — Comune di Palermo (capofila)',
} as const;

/** Account roles, from least to most powerful. Anonymous visitors have no account. */
export const USER_ROLES = ['viewer', 'editor', 'coordinator', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const userRoleLabels: Labels<UserRole> = {
  viewer: { it: 'Lettore (membro della rete)', en: 'Viewer (network member)', fr: 'Lecteur (membre du réseau)', ar: 'قارئ (عضو في الشبكة)' },
  editor: { it: 'Referente dell’ente', en: 'Organisation editor', fr: 'Référent de l’organisme', ar: 'مسؤول الهيئة' },
  coordinator: { it: 'Coordinamento (capofila)', en: 'Coordinator (lead partner)', fr: 'Coordination (chef de file)', ar: 'التنسيق (الشريك الرئيسي)' },
  admin: { it: 'Amministratore', en: 'Administrator', fr: 'Administrateur', ar: 'مدير النظام' },
};

/** Why a contact that names a person may be published (GDPR art. 6). */
export const LEGAL_BASES = ['public_task', 'consent', 'published_by_body'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export const legalBasisLabels: RecordLabels<LegalBasis> = {
  public_task: { it: 'Compito di interesse pubblico (art. 6.1.e GDPR)', en: 'Public task (GDPR art. 6.1.e)' },
  consent: { it: 'Consenso dell’interessato (art. 6.1.a GDPR)', en: 'Consent of the person (GDPR art. 6.1.a)' },
  published_by_body: {
    it: 'Già pubblicato dall’ente sul proprio sito istituzionale',
    en: 'Already published by the body on its official website',
  },
};

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Password policy (ASVS 2.1): length, no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Kinds of event in the life of the network. */
export const EVENT_TYPES = [
  'technical_table',
  'webinar',
  'meeting',
  'training',
  'conference',
  'workshop',
  'public_event',
  'agreement',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const eventTypeLabels: Labels<EventType> = {
  technical_table: { it: 'Tavolo tecnico', en: 'Technical table', fr: 'Table technique', ar: 'اجتماع تقني' },
  webinar: { it: 'Webinar', en: 'Webinar', fr: 'Webinaire', ar: 'ندوة عبر الإنترنت' },
  meeting: { it: 'Riunione', en: 'Meeting', fr: 'Réunion', ar: 'اجتماع' },
  training: { it: 'Formazione', en: 'Training', fr: 'Formation', ar: 'تكوين' },
  conference: { it: 'Convegno', en: 'Conference', fr: 'Colloque', ar: 'مؤتمر' },
  workshop: { it: 'Workshop', en: 'Workshop', fr: 'Atelier', ar: 'ورشة عمل' },
  public_event: { it: 'Evento pubblico', en: 'Public event', fr: 'Événement public', ar: 'نشاط عام' },
  agreement: { it: 'Accordo o adesione', en: 'Agreement', fr: 'Accord ou adhésion', ar: 'اتفاق أو انضمام' },
};

export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const eventStatusLabels: Labels<EventStatus> = {
  planned: { it: 'In programma', en: 'Planned', fr: 'Prévu', ar: 'مبرمج' },
  held: { it: 'Svolto', en: 'Held', fr: 'A eu lieu', ar: 'انعقد' },
  cancelled: { it: 'Annullato', en: 'Cancelled', fr: 'Annulé', ar: 'أُلغي' },
};

export const EVENT_MODES = ['in_person', 'online', 'hybrid'] as const;
export type EventMode = (typeof EVENT_MODES)[number];
export const eventModeLabels: Labels<EventMode> = {
  in_person: { it: 'In presenza', en: 'In person', fr: 'Sur place', ar: 'حضوري' },
  online: { it: 'Online', en: 'Online', fr: 'En ligne', ar: 'عبر الإنترنت' },
  hybrid: { it: 'In presenza e online', en: 'Hybrid', fr: 'Sur place et en ligne', ar: 'حضوري وعبر الإنترنت' },
};

export const BODY_KINDS = ['technical_table', 'sai_coordination', 'partner_meeting', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** An invited organisation's line in an event's register. */
export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const attendanceStatusLabels: RecordLabels<AttendanceStatus> = {
  present: { it: 'Presente', en: 'Present' },
  absent: { it: 'Assente', en: 'Absent' },
  excused: { it: 'Assente giustificato', en: 'Excused' },
};

export const ACTIVITY_ROLES = ['lead', 'contributor'] as const;
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];
export const activityRoleLabels: RecordLabels<ActivityRole> = {
  lead: { it: 'Responsabile', en: 'Lead' },
  contributor: { it: 'Contributore', en: 'Contributor' },
};

export const DELIVERABLE_STATUSES = ['planned', 'in_progress', 'delivered'] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];
export const deliverableStatusLabels: RecordLabels<DeliverableStatus> = {
  planned: { it: 'Previsto', en: 'Planned' },
  in_progress: { it: 'In corso', en: 'In progress' },
  delivered: { it: 'Consegnato', en: 'Delivered' },
};

/** Minutes of a held event: a draft anyone entitled may edit, then approved (and locked) by a coordinator. */
export const MINUTES_STATUSES = ['draft', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
export const minutesStatusLabels: RecordLabels<MinutesStatus> = {
  draft: { it: 'Bozza', en: 'Draft' },
  approved: { it: 'Approvato', en: 'Approved' },
};

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const actionStatusLabels: RecordLabels<ActionStatus> = {
  open: { it: 'Aperta', en: 'Open' },
  done: { it: 'Completata', en: 'Done' },
  dropped: { it: 'Abbandonata', en: 'Dropped' },
};
