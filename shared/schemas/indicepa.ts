import { z } from 'zod';
import { check } from '../errors';
import type { OrganizationType } from '../enums';
import { id, text, version, webUrl } from './common';

/**
 * Inputs of the IndicePA import (`indicepa.*`). The coordinator's browser reads IndicePA's open-data
 * file of enti (tens of thousands of rows, several megabytes) and sends only the columns the import
 * uses, in chunks; the server matches them to organisations and applies what the coordinator accepted.
 */

/** Rows per `indicepa.match` call. */
export const INDICEPA_MATCH_MAX_ROWS = 2000;
/** Organisations changed by one `indicepa.commit`. */
export const INDICEPA_APPLY_MAX_CHANGES = 1000;

/** An IPA code as IndicePA writes it: `c_g273`, `asp_sr`, `aoup_pa`. */
export const IPA_CODE = /^[A-Za-z0-9_.-]{1,30}$/;
/** An Italian fiscal code: 11 digits for a public body (16 characters for a person). */
export const FISCAL_CODE = /^(\d{11}|[A-Z0-9]{16})$/;
export const ISTAT_CODE = /^\d{6}$/;

const ipaCode = z.string().regex(IPA_CODE, check('IPA_CODE_FORMAT'));
const fiscalCode = z.string().regex(FISCAL_CODE, check('FISCAL_CODE_FORMAT'));
const istatCode = z.string().regex(ISTAT_CODE, check('ISTAT_CODE_FORMAT'));
const pec = z.email().max(254);

/** One ente of the file, reduced to what the import uses. */
export const indicePaRow = z
  .object({
    /** Row of the file (1-based, the header is row 1): to point at it. */
    line: z.number().int().min(2),
    ipaCode,
    name: text(300).min(1),
    fiscalCode: fiscalCode.nullable(),
    /** ISTAT code of the comune the ente is in (for a comune: its own). */
    istatCode: istatCode.nullable(),
    website: webUrl.nullable(),
    /** The ente's first certified address (Tipo_Mail "pec"). */
    pec: pec.nullable(),
  })
  .strict();
export type IndicePaRow = z.infer<typeof indicePaRow>;

export const indicePaMatchInput = z.object({ rows: z.array(indicePaRow).min(1).max(INDICEPA_MATCH_MAX_ROWS) }).strict();
export type IndicePaMatchInput = z.infer<typeof indicePaMatchInput>;

/** The fields the import may set, in the order the review shows them. */
export const INDICEPA_FIELDS = ['ipaCode', 'fiscalCode', 'istatCode', 'website', 'pec'] as const;
export type IndicePaField = (typeof INDICEPA_FIELDS)[number];

/** The ISTAT code the organisations carry is a comune's: only a comune takes the one of its file row. */
export const importableFields = (type: OrganizationType): readonly IndicePaField[] =>
  type === 'municipality' ? INDICEPA_FIELDS : INDICEPA_FIELDS.filter((f) => f !== 'istatCode');

/** IndicePA's open dataset of enti: the source the import writes on the organisations it updates. */
export const INDICEPA_DATASET_URL = 'https://indicepa.gov.it/ipa-dati/dataset/enti';
/** How the import's contacts and sources name IndicePA (the contacts it made start with it). */
export const INDICEPA_SOURCE = 'IndicePA';
/** The label of the public contact an import writes (contact labels are one text, in Italian). */
export const INDICEPA_CONTACT_LABEL = 'PEC istituzionale';

/** What the coordinator accepted for one organisation, with the version the review read. */
export const indicePaChange = z
  .object({
    organizationId: id,
    version,
    /** The IPA record the values come from (shown in the organisation's sources). */
    fromIpaCode: ipaCode,
    ipaCode: ipaCode.optional(),
    fiscalCode: fiscalCode.optional(),
    istatCode: istatCode.optional(),
    website: webUrl.optional(),
    pec: pec.optional(),
  })
  .strict()
  .refine((c) => INDICEPA_FIELDS.some((f) => c[f] !== undefined), check('INDICEPA_NOTHING_TO_APPLY'));
export type IndicePaChange = z.infer<typeof indicePaChange>;

export const indicePaApplyInput = z
  .object({
    /** SHA-256 of the file as uploaded, hexadecimal. */
    fileHash: z.string().regex(/^[0-9a-f]{64}$/),
    fileName: text(255).min(1),
    /** The day the file was downloaded from IndicePA: the contacts say "verified on" this date. */
    fileDate: z.iso.date(),
    rows: z.number().int().min(1).max(1_000_000),
    changes: z.array(indicePaChange).min(1).max(INDICEPA_APPLY_MAX_CHANGES),
  })
  .strict();
export type IndicePaApplyInput = z.infer<typeof indicePaApplyInput>;
