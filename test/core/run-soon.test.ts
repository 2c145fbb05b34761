import {expect} from '@open-wc/testing';
import {runSoon} from '../../src/core/run-soon.js';
import type {Steps} from '../../src/core/steps.js';

/** Steps that pause `pauses` times, each after `ms` milliseconds of busy work, and count them. */
function* work(pauses: number, ms: number, done: {pauses: number}): Steps<string> {
  for (let i = 0; i < pauses; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    done.pauses++;
    yield;
  }
  return 'ranked';
}

describe('runSoon', () => {
  it('gives the value at once when the steps end within a slice', () => {
    const done = {pauses: 0};
    expect(runSoon(work(3, 0, done), new AbortController().signal)).to.deep.equal({value: 'ranked'});
    expect(done.pauses).to.equal(3);
  });

  it('goes on in slices after a turn of the event loop when they take longer', async () => {
    const done = {pauses: 0};
    const result = runSoon(work(20, 2, done), new AbortController().signal);
    expect('later' in result, 'a promise').to.equal(true);
    const first = done.pauses;
    expect(first, 'the first slice ran before runSoon returned').to.be.within(1, 19);
    expect(await (result as {later: Promise<string>}).later).to.equal('ranked');
    expect(done.pauses).to.equal(20);
  });

  it('stops at the next pause once its signal is aborted, giving undefined', async () => {
    const done = {pauses: 0};
    const controller = new AbortController();
    const result = runSoon(work(1_000, 2, done), controller.signal) as {later: Promise<string | undefined>};
    const stoppedAt = done.pauses;
    controller.abort();
    expect(await result.later).to.equal(undefined);
    expect(done.pauses - stoppedAt, 'steps run after the abort').to.be.at.most(1);
  });
});
