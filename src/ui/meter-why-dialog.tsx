/**
 * "Why did public pressure change?": one meter's change in a week, cause by cause, from the
 * changes the engine recorded (each with its response, rule, event or slow force).
 */
import type { MeterId, WeekReport } from '../engine';
import { closeDialog } from '../store/actions';
import { causeText } from './cause-words';
import { Dialog } from './dialog';
import { METERS, signed } from './labels';
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

export function whyMeterTitle(meter: MeterId): string {
  return `Why did ${METERS[meter].label.toLowerCase()} change?`;
}

export function MeterWhyDialog(props: { report: WeekReport; meter: MeterId }) {
  const { report, meter } = props;
  const before = report.metersBefore[meter];
  const after = report.metersAfter[meter];
  const causes = meterCauses(report, meter);
  const way = METERS[meter].higherIsWorse ? 'Higher is worse.' : 'Higher is better.';
  return (
    <Dialog title={whyMeterTitle(meter)} onClose={closeDialog}>
      <p class="why__week">Week {report.week}</p>
      <p class="why__outcome">
        {METERS[meter].label}: {before} → {after} (
        {after === before ? 'no change' : signed(after - before)}). {way} {METERS[meter].hint}
      </p>
      {causes.length === 0 ? (
        <p>Nothing moved it this week.</p>
      ) : (
        <>
          <h3>What moved it</h3>
          <ul class="why__because meter-why__causes">
            {causes.map(({ cause, delta }) => (
              <li key={cause}>
                <strong>{signed(delta)}</strong> {causeText(cause)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
