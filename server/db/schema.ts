import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ACTION_STATUSES,
  ACTIVITY_ROLES,
  ATTENDANCE_STATUSES,
  AUDIT_ACTIONS,
  BODY_KINDS,
  DELIVERABLE_STATUSES,
  EVENT_MODES,
  EVENT_STATUSES,
  EVENT_TYPES,
  CONTACT_KINDS,
  LEGAL_BASES,
  COORDINATE_PRECISIONS,
  DATE_CONFIDENCES,
  DATE_PRECISIONS,
  MEMBERSHIP_ROLES,
  MINUTES_STATUSES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  PROVINCE_CODES,
  SITE_KINDS,
  USER_ROLES,
  VISIBILITY_TIERS,
} from '../../shared/enums';
import type { Source } from '../../shared/schemas/common';

const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  /** Optimistic-concurrency counter: a save must name the version it read. */
  version: integer('version').notNull().default(1),
};

const sources = () => text('sources', { mode: 'json' }).$type<Source[]>().notNull().default(sql`'[]'`);

/**
 * What the lead partner states on the pages a public administration's site must have: the
 * accessibility feedback address, the data controller and the data-protection officer. One row (id 1);
 * empty until someone fills it in through the app.
 */
export const siteSettings = sqliteTable('site_settings', {
  id: integer('id').primaryKey(),
  accessibilityEmail: text('accessibility_email'),
  /** The statement as published through AgID's form (form.agid.gov.it): the footer links it. */
  accessibilityStatementUrl: text('accessibility_statement_url'),
  privacyController: text('privacy_controller'),
  privacyDpo: text('privacy_dpo'),
  privacyEmail: text('privacy_email'),
  ...timestamps,
});

/** Key/value facts about this installation, e.g. which seed version was loaded. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type Objective = { code: string; it: string; en: string };

export const projects = sqliteTable('projects', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  acronym: text('acronym').notNull(),
  title: text('title').notNull(),
  titleVariant: text('title_variant'),
  code: text('code').notNull(),
  fund: text('fund').notNull(),
  fundEn: text('fund_en').notNull(),
  managingAuthority: text('managing_authority').notNull(),
  objectives: text('objectives', { mode: 'json' }).$type<Objective[]>().notNull().default(sql`'[]'`),
  aimIt: text('aim_it').notNull(),
  aimEn: text('aim_en').notNull(),
  activityStart: text('activity_start'),
  activityStartConfidence: text('activity_start_confidence', { enum: DATE_CONFIDENCES }),
  activityEnd: text('activity_end'),
  activityEndConfidence: text('activity_end_confidence', { enum: DATE_CONFIDENCES }),
  notesIt: text('notes_it'),
  notesEn: text('notes_en'),
  sources: sources(),
  ...timestamps,
});

/** The project's lines of activity (work packages). */
export const activityLines = sqliteTable(
  'activity_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id').notNull().references(() => projects.id),
    position: integer('position').notNull(),
    titleIt: text('title_it').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionIt: text('description_it').notNull(),
    descriptionEn: text('description_en').notNull(),
    sources: sources(),
    ...timestamps,
  },
  (t) => [uniqueIndex('activity_lines_project_position').on(t.projectId, t.position)],
);

export const organizations = sqliteTable(
  'organizations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    type: text('type', { enum: ORGANIZATION_TYPES }).notNull(),
    province: text('province', { enum: PROVINCE_CODES }).notNull(),
    city: text('city').notNull(),
    address: text('address'),
    lat: real('lat'),
    lng: real('lng'),
    coordinatePrecision: text('coordinate_precision', { enum: COORDINATE_PRECISIONS }),
    website: text('website'),
    pec: text('pec'),
    /** Where the website and PEC come from ("IndicePA, codice IPA …"), shown beside them on the partner's page. */
    channelSource: text('channel_source'),
    ipaCode: text('ipa_code'),
    istatCode: text('istat_code'),
    /** Codice catastale (Belfiore) of a municipality, from the official list of comuni. */
    cadastralCode: text('cadastral_code'),
    fiscalCode: text('fiscal_code'),
    descriptionIt: text('description_it').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    sources: sources(),
    ...timestamps,
  },
  (t) => [index('organizations_type').on(t.type), index('organizations_province').on(t.province)],
);

export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id').notNull().references(() => projects.id),
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    role: text('role', { enum: MEMBERSHIP_ROLES }).notNull(),
    responsibilitiesIt: text('responsibilities_it').notNull().default(''),
    responsibilitiesEn: text('responsibilities_en').notNull().default(''),
    startDate: text('start_date'),
    endDate: text('end_date'),
    status: text('status', { enum: MEMBERSHIP_STATUSES }).notNull().default('active'),
    /** Why the membership ended (withdrawal), in Italian and English. */
    endReasonIt: text('end_reason_it'),
    endReasonEn: text('end_reason_en'),
    sources: sources(),
    ...timestamps,
  },
  (t) => [
    index('memberships_organization').on(t.organizationId),
    index('memberships_project_role').on(t.projectId, t.role),
  ],
);

/** A service point of an organisation: help desk, outpatient team, mobile team, office. */
export const sites = sqliteTable(
  'sites',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    kind: text('kind', { enum: SITE_KINDS }).notNull(),
    nameIt: text('name_it').notNull(),
    nameEn: text('name_en').notNull(),
    province: text('province', { enum: PROVINCE_CODES }).notNull(),
    city: text('city').notNull(),
    address: text('address'),
    lat: real('lat'),
    lng: real('lng'),
    coordinatePrecision: text('coordinate_precision', { enum: COORDINATE_PRECISIONS }),
    descriptionIt: text('description_it').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    /** Opening hours as the partner writes them ("lun–ven 9–13"), in Italian and English. */
    hoursIt: text('hours_it').notNull().default(''),
    hoursEn: text('hours_en').notNull().default(''),
    /** How to get the service: walk-in, by appointment, referral… */
    accessIt: text('access_it').notNull().default(''),
    accessEn: text('access_en').notNull().default(''),
    sources: sources(),
    ...timestamps,
  },
  (t) => [index('sites_organization').on(t.organizationId)],
);

/** An office or a person to reach, with the tier of people allowed to see it. */
export const contactPoints = sqliteTable(
  'contact_points',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    siteId: integer('site_id').references(() => sites.id),
    kind: text('kind', { enum: CONTACT_KINDS }).notNull().default('office'),
    label: text('label').notNull(),
    function: text('function'),
    email: text('email'),
    phone: text('phone'),
    pec: text('pec'),
    url: text('url'),
    visibility: text('visibility', { enum: VISIBILITY_TIERS }).notNull(),
    source: text('source').notNull(),
    /** For a contact naming a person: why it may be shown, and when to check it again. */
    legalBasis: text('legal_basis', { enum: LEGAL_BASES }),
    reviewDue: text('review_due'),
    /** The day the contact was last checked against its source (e.g. the IndicePA file's date). */
    verifiedOn: text('verified_on'),
    /** Set when the person leaves: the contact disappears from every view but stays in the audit trail. */
    disabledAt: text('disabled_at'),
    ...timestamps,
  },
  (t) => [
    index('contact_points_organization').on(t.organizationId),
    index('contact_points_visibility').on(t.visibility),
  ],
);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stored lower-case; unique. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: USER_ROLES }).notNull(),
  /** The organisation an editor (or viewer) belongs to. */
  organizationId: integer('organization_id').references(() => organizations.id),
  passwordHash: text('password_hash').notNull(),
  totpSecret: text('totp_secret'),
  totpEnabledAt: text('totp_enabled_at'),
  /** The last TOTP time step accepted: a code is never accepted twice (ASVS 2.8.4). */
  totpLastStep: integer('totp_last_step'),
  /** SHA-256 hashes of the unused recovery codes. */
  recoveryCodes: text('recovery_codes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  disabledAt: text('disabled_at'),
  lastLoginAt: text('last_login_at'),
  ...timestamps,
});

/** A signed-in browser. The id is the SHA-256 of the cookie token: the token itself is never stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * A browser that signed in to an account before (OWASP "device cookies"): its sign-in attempts for
 * that account are throttled on their own, so guesses from elsewhere cannot lock the real user out.
 * The id is the SHA-256 of the cookie token. A new password forgets them all.
 */
export const loginDevices = sqliteTable(
  'login_devices',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    lastUsedAt: text('last_used_at').notNull(),
  },
  (t) => [index('login_devices_user').on(t.userId)],
);

/** Failed sign-in counters per account and per IP, for throttling with back-off (never a permanent lock). */
export const loginThrottle = sqliteTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: text('last_failure_at').notNull(),
  blockedUntil: text('blocked_until'),
});

/** Who changed what, when, with the values before and after; written in the change's own transaction. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    userId: integer('user_id').references(() => users.id),
    userEmail: text('user_email'),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    /** The organisation the record belongs to, to list an organisation's history. */
    organizationId: integer('organization_id'),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  },
  (t) => [
    index('audit_entity').on(t.entity, t.entityId),
    index('audit_at').on(t.at),
    index('audit_organization').on(t.organizationId),
  ],
);

/** A governance body: the technical tables, the coordination of SAI municipalities, partner meetings. */
export const governanceBodies = sqliteTable('governance_bodies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  kind: text('kind', { enum: BODY_KINDS }).notNull(),
  nameIt: text('name_it').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionIt: text('description_it').notNull().default(''),
  descriptionEn: text('description_en').notNull().default(''),
  coordinatorOrganizationId: integer('coordinator_organization_id').references(() => organizations.id),
  /** Quorum as a share of members (0–1) that must be present, when the body has a rule. */
  quorumShare: real('quorum_share'),
  sources: sources(),
  ...timestamps,
});

/** Organisations that belong to a body (partners and network members), with dates. */
export const bodyMembers = sqliteTable(
  'body_members',
  {
    bodyId: integer('body_id')
      .notNull()
      .references(() => governanceBodies.id, { onDelete: 'cascade' }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    since: text('since'),
    until: text('until'),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.organizationId] }), index('body_members_organization').on(t.organizationId)],
);

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    type: text('type', { enum: EVENT_TYPES }).notNull(),
    titleIt: text('title_it').notNull(),
    titleEn: text('title_en').notNull().default(''),
    /** ISO 8601 with the Europe/Rome offset, e.g. 2022-01-31T15:00:00+01:00; date only when no time is known. */
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at'),
    /** 'inferred' when the sources do not state the date (or the year) outright. */
    dateConfidence: text('date_confidence', { enum: DATE_CONFIDENCES }).notNull().default('confirmed'),
    /** 'month' when only the month is known: the dates are bare days and only their months are shown. */
    datePrecision: text('date_precision', { enum: DATE_PRECISIONS }).notNull().default('day'),
    dateNote: text('date_note'),
    mode: text('mode', { enum: EVENT_MODES }),
    place: text('place'),
    /** The meeting link of an online or hybrid event (http/https only). */
    onlineUrl: text('online_url'),
    organizerOrganizationId: integer('organizer_organization_id').references(() => organizations.id),
    organizerNote: text('organizer_note'),
    bodyId: integer('body_id').references(() => governanceBodies.id),
    agendaIt: text('agenda_it').notNull().default(''),
    agendaEn: text('agenda_en').notNull().default(''),
    outcomeIt: text('outcome_it').notNull().default(''),
    outcomeEn: text('outcome_en').notNull().default(''),
    /** People who took part, when a source counts them. */
    totalParticipants: integer('total_participants'),
    /** Organisations (bodies) that took part, when a source counts them: never added to people. */
    totalOrganizations: integer('total_organizations'),
    participantsNote: text('participants_note'),
    status: text('status', { enum: EVENT_STATUSES }).notNull(),
    isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(true),
    sources: sources(),
    ...timestamps,
  },
  (t) => [
    index('events_starts_at').on(t.startsAt),
    index('events_body').on(t.bodyId, t.startsAt),
    // The dashboard's period filter on held events.
    index('events_status_starts_at').on(t.status, t.startsAt),
  ],
);

/**
 * One line of an event's register: an invited organisation, and whether it came.
 * `status` is null until recorded. Delegate and notes are members-only.
 */
export const attendance = sqliteTable(
  'attendance',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: text('status', { enum: ATTENDANCE_STATUSES }),
    peopleCount: integer('people_count'),
    delegateName: text('delegate_name'),
    notes: text('notes'),
    /** Set when the organisation's own editor confirmed its line. */
    confirmedAt: text('confirmed_at'),
    recordedBy: integer('recorded_by').references(() => users.id),
    updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.organizationId] }),
    index('attendance_organization').on(t.organizationId, t.eventId),
  ],
);

/** Which organisations lead or contribute to each line of activity. */
export const activityParticipants = sqliteTable(
  'activity_participants',
  {
    activityLineId: integer('activity_line_id')
      .notNull()
      .references(() => activityLines.id, { onDelete: 'cascade' }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    role: text('role', { enum: ACTIVITY_ROLES }).notNull(),
    sources: sources(),
  },
  (t) => [primaryKey({ columns: [t.activityLineId, t.organizationId] })],
);

export const deliverables = sqliteTable(
  'deliverables',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityLineId: integer('activity_line_id').references(() => activityLines.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    titleIt: text('title_it').notNull(),
    titleEn: text('title_en').notNull().default(''),
    dueDate: text('due_date').notNull(),
    status: text('status', { enum: DELIVERABLE_STATUSES }).notNull().default('planned'),
    deliveredAt: text('delivered_at'),
    /** Where the evidence of the deliverable is (http/https). */
    evidenceUrl: text('evidence_url'),
    ...timestamps,
  },
  (t) => [index('deliverables_organization').on(t.organizationId), index('deliverables_due').on(t.dueDate)],
);

/** Participant-list files already imported into a register, by content hash: a second import is a no-op. */
export const attendanceImports = sqliteTable(
  'attendance_imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    fileHash: text('file_hash').notNull(),
    fileName: text('file_name'),
    rows: integer('rows').notNull(),
    importedAt: text('imported_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    importedBy: integer('imported_by').references(() => users.id),
    /** The file as uploaded, kept as evidence for the FAMI audit; null for imports made before 0006. */
    content: blob('content', { mode: 'buffer' }),
    byteSize: integer('byte_size'),
    mediaType: text('media_type'),
  },
  (t) => [uniqueIndex('attendance_imports_event_hash').on(t.eventId, t.fileHash)],
);

/** IndicePA files applied to the organisations: which file, of which day, by whom, changing how many. */
export const indicePaImports = sqliteTable('indicepa_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  fileHash: text('file_hash').notNull(),
  fileName: text('file_name').notNull(),
  fileDate: text('file_date').notNull(),
  rows: integer('rows').notNull(),
  organizations: integer('organizations').notNull(),
  importedAt: text('imported_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  importedBy: integer('imported_by').references(() => users.id),
});

/*
 * Dashboard read models, `event_attendance_totals` and `held_attendance`, are created with their triggers
 * in drizzle/0004_dashboard_read_models.sql (WITHOUT ROWID tables, which drizzle cannot declare) and
 * kept by those triggers on every write to `attendance` and `events`. Only server/dashboard reads them.
 * See docs/decisions/006-attendance-rate-rules.md.
 */

/** E-mail domains of an organisation (e.g. `comune.palermo.it`), to match imported participants. */
export const organizationEmailDomains = sqliteTable(
  'organization_email_domains',
  {
    domain: text('domain').primaryKey(),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('organization_email_domains_organization').on(t.organizationId)],
);

/** People named on a register line (members only, with the legal basis and a date to erase them). */
export const attendancePeople = sqliteTable(
  'attendance_people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    role: text('role'),
    email: text('email'),
    legalBasis: text('legal_basis', { enum: LEGAL_BASES }).notNull(),
    /** The day after which the name is erased (retention). */
    eraseAfter: text('erase_after').notNull(),
    ...timestamps,
  },
  (t) => [index('attendance_people_event').on(t.eventId, t.organizationId), index('attendance_people_erase').on(t.eraseAfter)],
);

/** The minutes of a held event, in Italian and English (plain text / Markdown, never HTML). */
export const eventMinutes = sqliteTable('event_minutes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  eventId: integer('event_id')
    .notNull()
    .unique()
    .references(() => events.id, { onDelete: 'cascade' }),
  textIt: text('text_it').notNull().default(''),
  textEn: text('text_en').notNull().default(''),
  status: text('status', { enum: MINUTES_STATUSES }).notNull().default('draft'),
  approvedBy: integer('approved_by').references(() => users.id),
  approvedAt: text('approved_at'),
  ...timestamps,
});

/** A decision taken at an event. */
export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    textIt: text('text_it').notNull(),
    textEn: text('text_en').notNull().default(''),
    decidedOn: text('decided_on').notNull(),
    ...timestamps,
  },
  (t) => [index('decisions_event').on(t.eventId)],
);

/** Something to do after an event, owned by an organisation, optionally following from a decision. */
export const actionItems = sqliteTable(
  'action_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    decisionId: integer('decision_id').references(() => decisions.id, { onDelete: 'set null' }),
    titleIt: text('title_it').notNull(),
    titleEn: text('title_en').notNull().default(''),
    ownerOrganizationId: integer('owner_organization_id')
      .notNull()
      .references(() => organizations.id),
    dueDate: text('due_date'),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    closedAt: text('closed_at'),
    closedBy: integer('closed_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('action_items_owner').on(t.ownerOrganizationId, t.status),
    index('action_items_event').on(t.eventId),
    index('action_items_due').on(t.status, t.dueDate),
  ],
);
