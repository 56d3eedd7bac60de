/** Building and testing the named conditions that doctrine rules and scenario events share. */
import type { Condition } from './doctrine-types';
import type { ReaderId } from './readers';

export const atLeast = <R extends ReaderId>(
  read: R,
  value: number,
  label: string,
): Condition<R> => ({
  read,
  op: '>=',
  value,
  label,
});

export const atMost = <R extends ReaderId>(
  read: R,
  value: number,
  label: string,
): Condition<R> => ({
  read,
  op: '<=',
  value,
  label,
});

/** A yes/no reading that must be yes. */
export const yes = <R extends ReaderId>(read: R, label: string): Condition<R> => ({
  read,
  op: '>=',
  value: 1,
  label,
});

/** Whether a value read from the state meets the condition. */
export function holds(condition: Condition, value: number): boolean {
  return condition.op === '>=' ? value >= condition.value : value <= condition.value;
}
