/** وہ اسکرین جس کا کوڈ پہلی بار دکھانے پر منگوایا جاتا ہے، اس کے لوڈ ہونے کے الفاظ۔ */
import type { loading as english } from '../../en/ui/loading';

export const loading: typeof english = {
  loading: (screen: string) => `${screen} لوڈ ہو رہا ہے…`,
  failed: (screen: string) => `${screen} لوڈ نہیں ہو سکا۔ صفحہ دوبارہ لوڈ کر کے پھر کوشش کریں۔`,
  screens: {
    lab: { name: 'پالیسی لیب', leave: 'پہلی اسکرین پر واپس' },
    compare: { name: 'موازنہ', leave: 'موازنہ بند کریں' },
    debrief: { name: 'جائزہ', leave: 'جائزہ بند کریں' },
    classComparison: { name: 'کلاس کا موازنہ', leave: 'موازنہ بند کریں' },
    guide: { name: 'استاد کی رہنمائی', leave: 'رہنمائی بند کریں' },
    endingCharts: { name: 'چارٹ' },
  },
};
