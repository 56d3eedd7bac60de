// Response previews are worked out once per week state, other choices, response and target, and
// read back the same as the engine's own preview.
import { describe, expect, it } from 'vitest';
import { previewResponse, responsesFor, type Decision } from '../../src/engine';
import { cachedPreview } from '../../src/ui/preview-cache';
import { game } from '../engine/fixtures';

describe('cached previews', () => {
  const state = game('karachi', 3);
  const options = responsesFor(state).filter((o) => !o.unavailable && o.target === 'none');
  const [first, second] = options.map((o): Decision => ({ response: o.id }));

  it('equal the engine’s preview, and are not worked out again for the same choices', () => {
    const once = cachedPreview(state, [], first!);
    expect(once).toEqual(previewResponse(state, [], first!));
    expect(cachedPreview(state, [], { ...first! })).toBe(once);
  });

  it('are worked out anew for other choices, another week state or another response', () => {
    const alone = cachedPreview(state, [], first!);
    const withOther = cachedPreview(state, [second!], first!);
    expect(withOther).not.toBe(alone);
    expect(withOther).toEqual(previewResponse(state, [second!], first!));
    expect(cachedPreview({ ...state }, [], first!)).not.toBe(alone);
    expect(cachedPreview(state, [], second!)).not.toBe(alone);
  });
});
