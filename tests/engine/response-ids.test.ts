// The response ids come from the content tables: each declared once, each found by its id, and
// nothing else (not even an object's built-in property names) taken for one.
import { describe, expect, it } from 'vitest';
import { RESPONSES, RESPONSE_BY_ID, isResponseId } from '../../src/engine/content/responses';

describe('response ids', () => {
  it('declares every id once and finds each response by it', () => {
    expect(new Set(RESPONSES.map((r) => r.id)).size).toBe(RESPONSES.length);
    for (const def of RESPONSES) {
      expect(isResponseId(def.id)).toBe(true);
      expect(RESPONSE_BY_ID[def.id]).toBe(def);
    }
    expect(Object.keys(RESPONSE_BY_ID)).toHaveLength(RESPONSES.length);
  });

  it.each(['nuclear-option', '', 'constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'takes %j for no response',
    (id) => {
      expect(isResponseId(id)).toBe(false);
    },
  );
});
