import {expect} from '@open-wc/testing';
import {memoized} from '../../src/core/memo.js';

describe('memoized', () => {
  it('makes a value once per key, undefined included', () => {
    const memo = new Map<string, string | undefined>();
    const made: string[] = [];
    const make = (key: string) => (made.push(key), key === 'none' ? undefined : key.toUpperCase());
    for (const key of ['ar', 'none', 'ar', 'none', 'fr']) memoized(memo, key, make);
    expect(made).to.deep.equal(['ar', 'none', 'fr']);
    expect(memoized(memo, 'ar', make)).to.equal('AR');
    expect(memoized(memo, 'none', make)).to.equal(undefined);
  });

  it('stays within its limit whatever a feed sends: the oldest key made is forgotten first', () => {
    const memo = new Map<string, number>();
    let made = 0;
    const make = () => ++made;
    // A feed rotating a new language tag on each of 10,000 items.
    for (let i = 0; i < 10_000; i++) memoized(memo, `en-x-${i}`, make, 100);
    expect(memo.size).to.equal(100);
    expect([...memo.keys()][0]).to.equal('en-x-9900');
    expect(memoized(memo, 'en-x-9999', make, 100)).to.equal(10_000); // still known: not made again
    expect(memoized(memo, 'en-x-0', make, 100)).to.equal(10_001); // forgotten: made again
    expect(memo.has('en-x-9900')).to.equal(false);
  });
});
