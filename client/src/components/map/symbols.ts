import type { OrganizationType } from '@shared/enums';

/** One colour and one shape per organisation type: types stay distinguishable without colour. */
export const typeStyle: Record<OrganizationType, { color: string; shape: string }> = {
  municipality: { color: '#0066cc', shape: '<circle cx="12" cy="12" r="9"/>' },
  health_authority: { color: '#00704a', shape: '<path d="M8.5 2.5h7v6h6v7h-6v6h-7v-6h-6v-7h6z"/>' },
  university_hospital: { color: '#a3336e', shape: '<rect x="3" y="3" width="18" height="18" rx="2"/>' },
  university: { color: '#6a3fa8', shape: '<path d="M12 2.2 22.4 20.5H1.6z"/>' },
  training_centre: { color: '#a14f00', shape: '<path d="M12 1.5 22.5 12 12 22.5 1.5 12z"/>' },
  municipal_association: { color: '#17324d', shape: '<path d="M12 1.8 20.9 7v10L12 22.2 3.1 17V7z"/>' },
  other_public_body: { color: '#5c6f82', shape: '<path d="M12 2 22 9.3 18.2 21H5.8L2 9.3z"/>' },
};

export type ShapeOptions = { lead?: boolean; withdrawn?: boolean; size?: number };

/** SVG markup of a partner's symbol, shared by map markers, legend and list. */
export function partnerSymbolSvg(type: OrganizationType, { lead, withdrawn, size = 24 }: ShapeOptions = {}) {
  const { color, shape } = typeStyle[type];
  const paint = withdrawn
    ? `fill="#ffffff" stroke="${color}" stroke-width="2.5" stroke-dasharray="3 2"`
    : `fill="${color}" stroke="#ffffff" stroke-width="1.5"`;
  const halo = lead ? '<circle cx="12" cy="12" r="11.6" fill="#ffb400" stroke="#17324d" stroke-width="0.8"/>' : '';
  const star = lead
    ? '<path d="m12 7.2 1.4 2.9 3.2.4-2.3 2.2.6 3.2-2.9-1.5-2.9 1.5.6-3.2-2.3-2.2 3.2-.4z" fill="#ffffff"/>'
    : '';
  const body = lead ? `<g transform="translate(2.4 2.4) scale(0.8)" ${paint}>${shape}</g>` : `<g ${paint}>${shape}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false">${halo}${body}${star}</svg>`;
}

export function siteSymbolSvg(type: OrganizationType, size = 16) {
  const { color } = typeStyle[type];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="${size}" height="${size}" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6.5" fill="#ffffff" stroke="${color}" stroke-width="2.5"/><circle cx="8" cy="8" r="2.4" fill="${color}"/></svg>`;
}

