/**
 * The briefing's intelligence in Urdu: forecasts worded from the doctrine rule they point to. A rule's
 * title is an infinitive phrase, so it stands as the predicate: "… کا اگلا قدم غالباً … ہوگا".
 */
import type { IntelEntries } from '../catalogue-types';

const MODAL = {
  will: (verb: string) => `یقیناً ${verb} ہوگا`,
  likely: (verb: string) => `غالباً ${verb} ہوگا`,
  may: (verb: string) => `شاید ${verb} ہو`,
} as const;

export const intelligence: IntelEntries = {
  group: (w, t) => {
    const short = t.group(w.group);
    const verb = t.ruleVerb(w.group, w.rule);
    if (w.confidence === 'low')
      return w.attack
        ? `غیر مصدقہ اطلاعات: شاید ${short} کا ارادہ ${verb} ہے؛ کہاں، اور آیا ایسا ہوگا، یہ واضح نہیں۔`
        : `${short} کے بارے میں معلومات کم ہیں؛ بظاہر اس کا ارادہ ${verb} ہے۔`;
    let where = '';
    if (w.attack && !w.target) where = '، اگرچہ جہاں حملے کا ارادہ ہے وہاں اس کی کوئی گرفت نہیں';
    else if (w.target && w.confidence === 'medium')
      where = `، امکان ہے کہ ${t.region(w.target.district)} میں`;
    else if (w.target)
      where = `؛ ${t.district(w.target.district)} سب سے زیادہ غیر محفوظ دکھائی دیتا ہے (${short} کی موجودگی ${t.number(w.target.presence)}، پولیس ${t.number(w.target.police)}، سیکیورٹی ${t.number(w.target.security)})`;
    const signs = w.confidence === 'high' ? t.signs(w.signs) : '';
    return `${short} کا اگلا قدم ${MODAL[w.modal](verb)}${where}۔${signs}`;
  },
  kabul: (w, t) => {
    const kabul = t.actor('kabul');
    if (w.confidence === 'low')
      return `${kabul} کے اگلے قدم کا اندازہ لگانا مشکل ہے؛ ${w.hostile ? 'کچھ اطلاعات جوابی کارروائی کی بات کرتی ہیں' : 'کسی جوابی کارروائی کی تیاری کی اطلاع نہیں'}۔`;
    const signs = w.confidence === 'high' ? t.signs(w.signs) : '';
    const ifStruck = w.ifStruck
      ? ` اگر ہم نے اس ہفتے سرحد پار حملہ کیا تو ${kabul} کا ردعمل ${MODAL[w.ifStruck.modal](t.ruleVerb('kabul', w.ifStruck.rule))}۔`
      : '';
    return `موجودہ رخ پر ${kabul} کا اگلا قدم ${MODAL[w.modal](t.ruleVerb('kabul', w.rule))}۔${signs}${ifStruck}`;
  },
  district: (w, t) => {
    const name = t.district(w.district);
    return w.confidence === 'low'
      ? `${name} سب سے زیادہ غیر محفوظ ضلع دکھائی دیتا ہے، مگر مقامی ذرائع کم ہیں (اعتماد ${t.number(w.trust)})؛ وہاں عسکریت پسندوں کی طاقت کا اندازہ لگانا مشکل ہے۔`
      : `${name} سب سے زیادہ غیر محفوظ ضلع ہے: عسکریت پسندوں کی موجودگی ${t.number(w.presence)} (زیادہ تر ${t.group(w.lead)}) جبکہ پولیس ${t.number(w.police)} اور سیکیورٹی ${t.number(w.security)}۔`;
  },
};
