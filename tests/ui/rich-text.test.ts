// A catalogue line's emphasis marks become strong and emphasised words; nothing else is markup.
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { Rich } from '../../src/ui/rich-text';

function parts(text: string): (string | [string, string])[] {
  const rendered = Rich({ text }) as (string | VNode<{ children: string }>)[];
  return rendered
    .filter((part) => part !== '')
    .map((part) => (typeof part === 'string' ? part : [String(part.type), part.props.children]));
}

describe('Rich', () => {
  it('shows **words** strong and _words_ emphasised', () => {
    expect(parts('Choose **Class code** on the _title_ screen')).toEqual([
      'Choose ',
      ['strong', 'Class code'],
      ' on the ',
      ['em', 'title'],
      ' screen',
    ]);
  });

  it('keeps everything else as text, markup included', () => {
    expect(parts('<img src=x onerror=alert(1)> ** lone_mark')).toEqual([
      '<img src=x onerror=alert(1)> ** lone_mark',
    ]);
  });
});
