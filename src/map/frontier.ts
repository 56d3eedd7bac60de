/**
 * The geographic facts the map is drawn from that the engine does not need: a schematic Durand
 * Line, the crossings' positions, and unplayable "context" seeds. Context seeds stand for the
 * districts and provinces around the game's ones (Swat, Kohat, Punjab, Logar, Ghazni …): their
 * Voronoi cells are drawn as plain land, and they keep the game's cells about the size of the real
 * districts instead of swelling to the frame's edges. All positions are approximate (±10 km).
 */
import type { CrossingId, DistrictId, ProvinceId } from '../engine';

export type LatLon = readonly [lat: number, lon: number];

/**
 * The Pakistan–Afghanistan border, north-east to south-west: from the Wakhan (off the top of the
 * frame) down the Chitral–Nuristan line, past Bajaur and Mohmand to Torkham, along the Spin Ghar
 * round Kurram's "Parrot's Beak", down the Waziristan line to Angoor Adda, south-west past Zhob and
 * Qila Saifullah to Chaman, then west along the Registan toward Nimroz (off the left of the frame).
 * The crossings are vertices of this line.
 */
export const BORDER_LATLON: readonly LatLon[] = [
  [37.15, 74.6],
  [36.95, 73.2],
  [36.87, 72.55],
  [36.74, 71.98],
  [36.5, 71.58],
  [36.14, 71.26],
  [35.86, 71.2],
  [35.58, 71.34],
  [35.3, 71.5], // Arandu
  [35.08, 71.53],
  [34.9, 71.36],
  [34.7, 71.2],
  [34.5, 71.06],
  [34.3, 70.98],
  [34.1, 71.1], // Torkham
  [34.07, 70.82],
  [34.05, 70.52],
  [33.99, 70.18],
  [33.96, 69.9],
  [33.9, 70.0], // Kharlachi
  [33.7, 70.0],
  [33.52, 70.18],
  [33.3, 70.12],
  [33.15, 70.0], // Ghulam Khan
  [32.95, 69.72],
  [32.65, 69.47],
  [32.3, 69.35], // Angoor Adda
  [32.0, 69.26],
  [31.86, 69.05],
  [31.67, 68.7],
  [31.47, 68.2],
  [31.3, 67.65],
  [31.15, 67.12],
  [31.01, 66.76],
  [30.9, 66.45], // Chaman–Spin Boldak
  [30.6, 66.33],
  [30.26, 66.28],
  [29.96, 66.1],
  [29.86, 65.5],
  [29.8, 64.8],
  [29.86, 63.3],
];

export const CROSSING_LATLON: Record<CrossingId, LatLon> = {
  arandu: [35.3, 71.5],
  torkham: [34.1, 71.1],
  kharlachi: [33.9, 70.0],
  'ghulam-khan': [33.15, 70.0],
  'angoor-adda': [32.3, 69.35],
  chaman: [30.9, 66.45],
};

/**
 * Where a district's Voronoi seed stands when its centroid alone would misdraw it. Chitral's long
 * southern tail reaches the border at Arandu, west of Upper Dir; Chaman's centroid sits almost on
 * the line while the district runs east toward Pishin. The true centroid stays inside the shape.
 */
export const DISTRICT_SEEDS: Partial<Record<DistrictId, LatLon>> = {
  chitral: [35.62, 71.68],
  'upper-dir': [35.28, 72.1],
  chaman: [30.78, 66.78],
  peshawar: [33.98, 71.6],
  'south-waziristan-upper': [32.45, 70.1],
};

export const PROVINCE_SEEDS: Partial<Record<ProvinceId, LatLon>> = {
  kabul: [34.5, 69.4],
  kunar: [35.05, 71.1],
  paktia: [33.7, 69.6],
  khost: [33.45, 69.85],
  paktika: [32.7, 69.1],
};

/** Unplayable neighbours on the Pakistani side. */
export const PAKISTAN_CONTEXT: readonly LatLon[] = [
  [36.25, 73.95], // Gilgit
  [35.45, 73.25], // Kohistan
  [35.15, 72.6], // Swat
  [34.6, 72.65], // Buner
  [34.55, 72.05], // Malakand
  [34.25, 72.1], // Mardan
  [34.25, 73.2], // Hazara
  [34.45, 74.2], // Neelum
  [33.9, 72.1], // Nowshera
  [33.7, 72.5], // Attock
  [33.3, 73.25], // Rawalpindi
  [33.5, 71.55], // Kohat
  [33.45, 71.08], // Hangu
  [33.05, 71.2], // Karak
  [32.9, 72.7], // Chakwal
  [32.55, 71.6], // Mianwali
  [32.2, 73.6], // Gujranwala
  [32.0, 72.6], // Sargodha
  [31.6, 71.45], // Bhakkar
  [31.2, 72.4], // Jhang
  [30.9, 71.0], // Layyah
  [30.8, 73.4], // Sahiwal
  [30.2, 71.9], // Multan
  [30.15, 70.6], // Dera Ghazi Khan
  [29.6, 71.2], // Bahawalpur fringe
  [31.52, 70.08], // Sherani
  [30.85, 69.85], // Musakhel
  [29.85, 69.45], // Kohlu
  [30.4, 68.7], // Loralai
  [30.8, 68.3], // Qila Saifullah
  [30.35, 67.75], // Ziarat
  [30.95, 67.45], // Pishin
  [29.7, 66.9], // Mastung
  [29.58, 66.1], // Nushki
  [29.6, 67.9], // Sibi
  [29.55, 68.9], // Kachhi
  [29.7, 74.3], // Okara
  [31.2, 74.4], // Lahore
  [32.9, 74.3], // Jhelum side
];

/** Unplayable neighbours on the Afghan side. */
export const AFGHAN_CONTEXT: readonly LatLon[] = [
  [36.45, 70.65], // Badakhshan
  [36.2, 69.1], // Takhar
  [36.1, 67.3], // Samangan
  [35.95, 65.4], // Sar-e Pul
  [35.45, 69.85], // Panjshir
  [35.05, 69.05], // Parwan
  [34.98, 70.3], // Laghman
  [34.8, 67.8], // Bamyan
  [34.3, 65.3], // Ghor
  [34.25, 68.3], // Wardak
  [33.95, 69.15], // Logar
  [33.9, 66.6], // Daykundi
  [33.35, 68.15], // Ghazni
  [32.85, 66.3], // Uruzgan
  [32.3, 64.6], // Farah side
  [31.0, 64.25], // Helmand
  [30.1, 64.4], // Registan
];

/** Faint names of the larger regions, for orientation. */
export const REGION_LABELS: readonly { text: string; at: LatLon; size: 'country' | 'region' }[] = [
  { text: 'AFGHANISTAN', at: [33.75, 66.75], size: 'country' },
  { text: 'PAKISTAN', at: [31.35, 72.45], size: 'country' },
  { text: 'KHYBER\nPAKHTUNKHWA', at: [34.55, 73.1], size: 'region' },
  { text: 'BALOCHISTAN', at: [29.9, 68.6], size: 'region' },
  { text: 'PUNJAB', at: [30.45, 71.55], size: 'region' },
];

/** Karachi lies some 700 km south of Quetta, far off the frame: it is drawn in an inset. */
export const KARACHI_INSET = {
  /** The inset's frame, in map units. */
  x: 826,
  y: 736,
  width: 164,
  height: 172,
  /** Karachi's shape, hand-drawn in the inset's own 0..1 coordinates. */
  shape: [
    [0.16, 0.36],
    [0.34, 0.23],
    [0.56, 0.21],
    [0.76, 0.28],
    [0.88, 0.44],
    [0.84, 0.6],
    [0.7, 0.71],
    [0.5, 0.75],
    [0.3, 0.73],
    [0.15, 0.58],
  ] as const,
  /** The coast (0..1): land above, the Arabian Sea below. */
  coast: [
    [0, 0.8],
    [0.18, 0.77],
    [0.38, 0.79],
    [0.56, 0.77],
    [0.74, 0.73],
    [0.86, 0.74],
    [1, 0.78],
  ] as const,
};

/** Main rivers, for orientation: the Indus, the Kabul and the Kunar (Chitral) rivers. */
export const RIVERS: readonly { name: string; width: number; course: readonly LatLon[] }[] = [
  {
    name: 'Indus',
    width: 2.2,
    course: [
      [35.75, 74.6],
      [35.6, 73.9],
      [35.3, 73.25],
      [34.95, 72.95],
      [34.55, 72.75],
      [34.1, 72.62],
      [33.9, 72.24],
      [33.45, 71.95],
      [32.95, 71.55],
      [32.55, 71.5],
      [32.05, 71.25],
      [31.8, 70.92],
      [31.3, 70.75],
      [30.7, 70.68],
      [30.1, 70.75],
      [29.4, 70.95],
    ],
  },
  {
    name: 'Kabul',
    width: 1.5,
    course: [
      [34.52, 68.7],
      [34.53, 69.17],
      [34.6, 69.72],
      [34.47, 70.2],
      [34.43, 70.45],
      [34.3, 70.8],
      [34.22, 71.05],
      [34.15, 71.35],
      [34.1, 71.7],
      [34.0, 72.0],
      [33.9, 72.24],
    ],
  },
  {
    name: 'Kunar',
    width: 1.3,
    course: [
      [36.3, 72.25],
      [35.85, 71.8],
      [35.55, 71.7],
      [35.3, 71.5],
      [35.05, 71.3],
      [34.87, 71.15],
      [34.6, 70.85],
      [34.43, 70.45],
    ],
  },
];

/** Mountain ranges, drawn as rows of small peaks on the land around the game's places. */
export const RANGES: readonly (readonly LatLon[])[] = [
  // Hindu Kush
  [
    [35.05, 67.6],
    [35.35, 68.6],
    [35.6, 69.5],
    [35.85, 70.3],
    [36.1, 70.9],
    [36.45, 71.4],
  ],
  // Koh-i-Baba and the central highlands
  [
    [34.55, 65.3],
    [34.65, 66.3],
    [34.75, 67.2],
    [34.7, 68.0],
  ],
  // Spin Ghar / Safed Koh
  [
    [34.0, 69.3],
    [34.1, 69.9],
  ],
  // Hindu Raj and Karakoram spurs
  [
    [36.55, 72.7],
    [36.2, 73.3],
    [35.9, 73.9],
  ],
  // Sulaiman range
  [
    [31.55, 70.0],
    [31.1, 69.95],
    [30.6, 69.85],
    [30.1, 69.7],
  ],
  // Toba Kakar
  [
    [31.1, 67.7],
    [30.85, 68.4],
    [30.65, 69.1],
  ],
  // Paktika and Ghazni uplands
  [
    [33.0, 67.4],
    [32.75, 68.1],
  ],
];
