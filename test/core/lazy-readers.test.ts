import {expect} from '@open-wc/testing';
import {loadFeed} from '../../src/core/load.js';
import {fixture} from '../helpers.js';

/** True once the page has requested the reader module `name` (core/formats/NAME.ts). */
const requested = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/core/formats/${name}.`));

describe('the RSS/Atom and WordPress readers are loaded on demand', () => {
  it('are not requested by a page that reads JSON Feeds; each is once a feed needs it', async () => {
    expect((await loadFeed(fixture('jsonfeed-1.1.json'))).items).to.not.be.empty;
    expect(requested('wordpress'), 'WordPress reader for a JSON Feed').to.equal(false);
    expect(requested('xml'), 'XML reader for a JSON Feed').to.equal(false);
    const posts = await loadFeed(fixture('wordpress-posts.json'));
    expect(posts.items.map((item) => item.title)).to.include('Agadir’s souk reopens & shines');
    expect(requested('wordpress')).to.equal(true);
    expect(requested('xml'), 'XML reader for WordPress posts').to.equal(false);
    await loadFeed(fixture('atom-1.0.xml'));
    expect(requested('xml')).to.equal(true);
  });
});
