/** Building and testing the named conditions that doctrine rules and scenario events share. */
import type { Condition, ConditionWordingFor } from './doctrine-types';
import type { ReaderId } from './readers';

const make = <R extends ReaderId>(
  read: R,
  op: Condition['op'],
  value: number,
  wording?: ConditionWordingFor<R>,
): Condition<R> => (wording === undefined ? { read, op, value } : { read, op, value, wording });

export const atLeast = <R extends ReaderId>(
  read: R,
  value: number,
  wording?: ConditionWordingFor<R>,
): Condition<R> => make(read, '>=', value, wording);

export const atMost = <R extends ReaderId>(
  read: R,
  value: number,
  wording?: ConditionWordingFor<R>,
): Condition<R> => make(read, '<=', value, wording);

/** A yes/no reading that must be yes. */
export const yes = <R extends ReaderId>(read: R): Condition<R> => make(read, '>=', 1);

/** Whether a value read from the state meets the condition. */
export function holds(condition: Condition, value: number): boolean {
  return condition.op === '>=' ? value >= condition.value : value <= condition.value;
}
