import { z } from 'zod';
import { check } from '../errors';
import { SICILY_BOUNDS } from '../enums';
import { WEB_PROTOCOL } from '../links';

/** The id of a record. */
export const id = z.number().int().positive();
/** The version of a record that an update or a delete was made on: a stale one is refused. */
export const version = z.number().int().positive();

/** Trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max);
/** Optional text: trimmed; an empty field means "not known" (stored as null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** A URL-safe identifier such as `comune-di-palermo`. */
export const slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, check('SLUG_FORMAT'));

/** Free text typed into a search box. */
export const searchText = z.string().trim().max(100);

export const latitude = z
  .number(check('NOT_A_NUMBER'))
  .min(SICILY_BOUNDS.minLat, check('LATITUDE_RANGE'))
  .max(SICILY_BOUNDS.maxLat, check('LATITUDE_RANGE'));
export const longitude = z
  .number(check('NOT_A_NUMBER'))
  .min(SICILY_BOUNDS.minLng, check('LONGITUDE_RANGE'))
  .max(SICILY_BOUNDS.maxLng, check('LONGITUDE_RANGE'));

/** A link people will follow: http or https only (never `javascript:` or `data:`). */
export const webUrl = z.url({ protocol: WEB_PROTOCOL }).max(500);
/** An optional link: an empty field means "none" (stored as null). */
export const optionalWebUrl = z
  .union([webUrl, z.literal('')])
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();
/** An optional ISO date (YYYY-MM-DD): an empty field means "none". */
export const optionalIsoDate = z
  .union([z.iso.date(), z.literal('')])
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

/** Where a fact comes from: a public URL and, optionally, a short title. */
export const source = z.object({ url: webUrl, title: z.string().max(200).optional() });
export type Source = z.infer<typeof source>;
