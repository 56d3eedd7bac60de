/** نقشے کا تحریری عکس: اضلاع اور افغان صوبے جدولوں میں۔ */
import type { districtTable as english } from '../../en/ui/district-table';
import type { Format } from '../../format';

export const districtTable: typeof english = {
  districts: 'سرحدی اضلاع',
  districtColumns: {
    district: 'ضلع',
    threat: 'عسکریت پسندوں کا خطرہ',
    strongest: 'سب سے مضبوط عسکریت پسند',
    security: 'سیکیورٹی',
    police: 'پولیس',
    trust: 'اعتماد',
    economy: 'معیشت',
    displaced: 'بے گھر',
    crossing: 'گزرگاہ',
  },
  provinces: 'سرحد پار افغان صوبے',
  provinceColumns: {
    province: 'صوبہ',
    sanctuary: 'عسکریت پسندوں کی پناہ گاہیں',
    intel: 'انٹیلی جنس',
    civilianHarm: 'حملوں میں مارے گئے شہری',
  },
  none: 'کوئی نہیں',
  group: (group: string, level: number, t: Format) => `${group} ${t.number(level)}`,
  groupSeparator: '، ',
  crossing: (name: string, open: boolean) => `${name}: ${open ? 'کھلی' : 'بند'}`,
};
