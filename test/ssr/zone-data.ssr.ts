/**
 * A server whose time-zone data is older than a zone's rules: Morocco has been on UTC all
 * year since 20 September 2026 (tz 2026c), which Node 20 (tz 2025c) does not know, and a
 * Moroccan site rendering on it would show tomorrow from 23:00 UTC, and every time an hour
 * ahead, without a word. The elements that write days and times say so, once per zone. Node's
 * own `process.versions.tz` tells which data it has, whatever Node runs this.
 */
import {afterEach, beforeEach, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../../src/components/news-article-card/news-article-card.js';
import '../../src/components/news-header-bar/news-header-bar.js';
import {hasLatestRules} from '../../src/core/zone-data.js';

/** Whether this Node's tz data is 2026c or later (release names sort as text: 2025c, 2026a, 2026c). */
const knowsMorocco = process.versions.tz! >= '2026c';
const warnings: string[] = [];
const {warn} = console;

describe('time-zone data older than a zone’s rules, on a server', () => {
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('knows whether this Node has Morocco’s rules of 2026-09-20, as its tz release says', () => {
    assert.equal(hasLatestRules('Africa/Casablanca'), knowsMorocco, `tz ${process.versions.tz}`);
    assert.equal(hasLatestRules('africa/casablanca'), knowsMorocco, 'a zone name in any case');
    assert.equal(hasLatestRules('Africa/El_Aaiun'), knowsMorocco, 'Western Sahara, with Morocco');
    assert.equal(hasLatestRules('Asia/Tokyo'), true, 'a zone unchanged lately');
    assert.equal(hasLatestRules('Mars/Olympus'), true, 'a zone Intl does not know (the elements warn of it otherwise)');
  });

  it('warns once per zone, however written, from the header bar and cards that write its days and times, and not for other zones', async () => {
    await collectResult(
      render(html`<news-header-bar timezone="Africa/Casablanca"></news-header-bar>
        <news-article-card headline="Port expansion" href="https://example.com/port" date="2026-12-04T09:10:00Z" timezone="africa/casablanca"></news-article-card>
        <news-article-card headline="Tram line" href="https://example.com/tram" date="2026-12-04T08:00:00Z" timezone="Asia/Tokyo"></news-article-card>
        <news-article-card headline="Fishing port" href="https://example.com/dakhla" date="2026-12-04T07:00:00Z" timezone="Africa/El_Aaiun"></news-article-card>`),
    );
    if (!knowsMorocco) {
      assert.equal(warnings.length, 2, warnings.join('\n'));
      assert.match(warnings[0], new RegExp(`^news-header-bar: this engine's time-zone data \\(tz ${process.versions.tz}\\) predates the rules Africa/Casablanca has followed since 2026-09-20`));
      assert.match(warnings[0], /Update Node \(tz 2026c or later\)/);
      assert.match(warnings[1], /^news-article-card: .* predates the rules Africa\/El_Aaiun has followed since 2026-09-20/);
    } else {
      assert.deepEqual(warnings, []);
    }
  });
});
