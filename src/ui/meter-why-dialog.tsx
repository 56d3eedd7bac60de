/**
 * "Why did public pressure change?": one meter's change in a week, cause by cause, from the
 * changes the engine recorded (each with its response, rule, event or slow force).
 */
import type { MeterId, WeekReport } from '../engine';
import { closeDialog } from '../store/actions';
import { EN, type Words } from '../text';
import { causeText } from './cause-words';
import { Dialog } from './dialog';
import { HIGHER_IS_WORSE, meterWords, signed } from './labels';
import { useWords } from './use-words';
import './why-dialog.css';

/** The week's changes to one meter, summed per cause, largest first (ties in the engine's order). */
export function meterCauses(
  report: WeekReport,
  meter: MeterId,
): { cause: string; delta: number }[] {
  const sums = new Map<string, number>();
  for (const change of report.changes)
    if (change.subject === 'national' && change.field === meter)
      sums.set(change.cause, (sums.get(change.cause) ?? 0) + change.delta);
  return [...sums]
    .filter(([, delta]) => delta !== 0)
    .map(([cause, delta]) => ({ cause, delta }))
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
}

export function whyMeterTitle(meter: MeterId, words: Words = EN): string {
  return words.ui.meters.why.title(meterWords(meter, words).label);
}

export function MeterWhyDialog(props: { report: WeekReport; meter: MeterId }) {
  const { report, meter } = props;
  const words = useWords();
  const t = words.format;
  const why = words.ui.meters.why;
  const { label, hint } = meterWords(meter, words);
  const before = report.metersBefore[meter];
  const after = report.metersAfter[meter];
  const causes = meterCauses(report, meter);
  const way = HIGHER_IS_WORSE[meter] ? why.higherIsWorse : why.higherIsBetter;
  return (
    <Dialog title={whyMeterTitle(meter, words)} onClose={closeDialog}>
      <p class="why__week">{why.week(report.week, t)}</p>
      <p class="why__outcome">
        {label}: {t.number(before)} → {t.number(after)} (
        {after === before ? why.noChange : signed(after - before, t)}). {way} {hint}
      </p>
      {causes.length === 0 ? (
        <p>{why.nothing}</p>
      ) : (
        <>
          <h3>{why.whatMoved}</h3>
          <ul class="why__because meter-why__causes">
            {causes.map(({ cause, delta }) => (
              <li key={cause}>
                <strong>{signed(delta, t)}</strong> {causeText(cause, words)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
