/** The map's text mirror: the districts and the Afghan provinces in tables. */
import type { Format } from '../../format';

export const districtTable = {
  districts: 'Districts of the frontier',
  districtColumns: {
    district: 'District',
    threat: 'Militant threat',
    strongest: 'Strongest militants',
    security: 'Security',
    police: 'Police',
    trust: 'Trust',
    economy: 'Economy',
    displaced: 'Displaced',
    crossing: 'Crossing',
  },
  provinces: 'Afghan provinces across the line',
  provinceColumns: {
    province: 'Province',
    sanctuary: 'Militant sanctuary',
    intel: 'Intelligence',
    civilianHarm: 'Civilians killed by strikes',
  },
  /** No militants present. */
  none: 'none',
  /** A group and its strength: "TTP 40". */
  group: (group: string, level: number, t: Format) => `${group} ${t.number(level)}`,
  groupSeparator: ', ',
  crossing: (name: string, open: boolean) => `${name}: ${open ? 'open' : 'closed'}`,
};
