import { z } from 'zod';
import { check } from '../errors';
import { BODY_KINDS } from '../enums';
import { id, optionalIsoDate, searchText, slug, source, text, version } from './common';

const bodyFields = {
  kind: z.enum(BODY_KINDS),
  nameIt: text(300).min(3),
  nameEn: text(300).min(3),
  descriptionIt: text(5000).optional(),
  descriptionEn: text(5000).optional(),
  coordinatorOrganizationId: id.nullable().optional(),
  /** Share of members that must be present (0–1), when the body has a quorum rule. */
  quorumShare: z.number(check('NOT_A_NUMBER')).min(0).max(1).nullable().optional(),
  sources: z.array(source).max(20).optional(),
};
export const bodyBySlugInput = z.object({ slug }).strict();
export const bodyCreateInput = z.object({ slug, ...bodyFields }).strict();
export type BodyCreateInput = z.infer<typeof bodyCreateInput>;
export const bodyUpdateInput = z.object({ id, version, ...bodyFields }).partial({ kind: true, nameIt: true, nameEn: true }).strict();
export type BodyUpdateInput = z.infer<typeof bodyUpdateInput>;

/** A member's dates: joined (since) and left (until), either unknown. */
const memberDates = { since: optionalIsoDate, until: optionalIsoDate };
const datesInOrder = (v: { since?: string | null; until?: string | null }) => !v.since || !v.until || v.since <= v.until;
const datesMessage = () => ({ ...check('DATES_ORDER'), path: ['until'] });

export const bodyMemberInput = z
  .object({ bodyId: id, organizationId: id, ...memberDates })
  .strict()
  .refine(datesInOrder, datesMessage());
export type BodyMemberInput = z.infer<typeof bodyMemberInput>;
export const bodyMemberRemoveInput = z.object({ bodyId: id, organizationId: id }).strict();
export type BodyMemberRemoveInput = z.infer<typeof bodyMemberRemoveInput>;

/** Adds a municipality from the official list of comuni by its ISTAT code (six digits). */
export const bodyAddComuneInput = z
  .object({ bodyId: id, istatCode: z.string().regex(/^\d{6}$/, check('ISTAT_CODE_FORMAT')), ...memberDates })
  .strict()
  .refine(datesInOrder, datesMessage());
export type BodyAddComuneInput = z.infer<typeof bodyAddComuneInput>;

export const comuniSearchInput = z.object({ q: searchText }).strict();
