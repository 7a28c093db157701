/** Lower-case, accents removed: "Canicattì" matches "canicatti". The one rule for comparing what people type. */
export const normalizeText = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
