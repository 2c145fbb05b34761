import {expect} from '@open-wc/testing';
import {loadFeed} from '../../src/core/load.js';
import {fixture} from '../helpers.js';

const xmlModuleRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/core/formats/xml'));

describe('the XML reader is loaded on demand', () => {
  it('is not requested by a page that reads JSON feeds, and is once a feed is XML', async () => {
    await loadFeed(fixture('jsonfeed-1.1.json'));
    await loadFeed(fixture('wordpress-posts.json'));
    expect(xmlModuleRequested()).to.equal(false);
    await loadFeed(fixture('atom-1.0.xml'));
    expect(xmlModuleRequested()).to.equal(true);
  });
});
