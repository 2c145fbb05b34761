import {expect, fixture as render, html} from '@open-wc/testing';
import '../../src/index.js';
import {parseFeedText, type NewsFeed} from '../../src/core/feed.js';
import {clearFeedCache} from '../../src/core/cache.js';
import {FORMATS, LEAKS, RENDERERS, TEXT_PAYLOADS, URL_PAYLOADS, WEATHER_ANSWERS, WEATHER_VALUES, audit} from './corpus.js';

declare global {
  interface Window {
    __pwned(id: number): void;
    __canary(): void;
  }
}

/**
 * Waits until a payload that slipped through would have run: canaries like a payload (an image
 * whose error handler calls the page, in an element added and removed), added after them all,
 * have run. Two, one after the other: the error of a single one can overtake a payload's in any
 * of the three engines (its request goes on another connection); the second is asked for only
 * once the first has failed. They also show that such a handler runs on this page, so an empty
 * `pwned` means something. (Checked: a payload-like image added just before is caught in three
 * engines, 3 runs out of 3; after a single canary it was missed.)
 */
async function canary() {
  for (let canaries = 0; canaries < 2; canaries++) {
    const ran = new Promise<void>((resolve) => (window.__canary = resolve));
    const box = document.createElement('div');
    box.innerHTML = '<img src=x onerror=__canary()>';
    document.body.append(box);
    box.remove();
    await ran;
  }
}

const pwned: number[] = [];
const served = new Map<string, string>();
const realFetch = window.fetch;

describe('hostile feeds', function () {
  this.timeout(120_000);

  before(() => {
    window.__pwned = (id) => pwned.push(id);
    window.alert = () => pwned.push(-1);
    // Feeds are served from memory, so every format goes through loadFeed as from a server.
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const body = served.get(url);
      return body === undefined ? realFetch(input, init) : new Response(body, {headers: {'Content-Type': 'text/plain'}});
    };
  });
  after(() => {
    window.fetch = realFetch;
    clearFeedCache();
  });

  let cases = 0;
  let relatedCards = 0;
  let relatedWithItems = 0;
  for (const [format, build] of Object.entries(FORMATS)) {
    it(`${format}: no payload runs, no unsafe markup or URL, in every element`, async () => {
      const problems: string[] = [];
      for (const [index, text] of TEXT_PAYLOADS.entries()) {
        const url = URL_PAYLOADS[index % URL_PAYLOADS.length];
        const body = build(text, url);
        const src = new URL(`/hostile/${encodeURIComponent(format)}/${index}`, location.href).href;
        served.set(src, body);
        // A document may be unreadable (control characters are not XML): an error state is fine, a throw other than FeedError is not.
        const feed: NewsFeed = await parseFeedText(body, src).catch((error) => {
          expect(error.name, `${format} #${index}: ${error}`).to.equal('FeedError');
          return {items: []};
        });
        for (const [name, template] of Object.entries(RENDERERS)) {
          if (name.includes('item') && !feed.items.length) continue;
          const settled = new Promise((resolve) => ['news-feed-load', 'news-feed-error'].forEach((name) => document.addEventListener(name, resolve, {once: true})));
          const el = await render(template({src, feed, text, url}));
          if (name.includes('(src)')) await settled;
          await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
          for (const card of el.shadowRoot?.querySelectorAll('news-article-card') ?? []) await (card as typeof el & {updateComplete: Promise<unknown>}).updateComplete;
          problems.push(...shownProblems(name, el, {feed, text}).map((problem) => `${format} #${index} ${name}: ${problem}`));
          if (name.startsWith('news-related') && feed.items.length > 1) {
            relatedWithItems++;
            relatedCards += el.shadowRoot!.querySelectorAll('news-article-card').length;
          }
          problems.push(...audit(el.shadowRoot ?? el).map((problem) => `${format} #${index} ${name}: ${problem}`));
          const shown = deepText(el);
          for (const leak of LEAKS) if (shown.includes(leak)) problems.push(`${format} #${index} ${name}: shows "${leak}"`);
          el.remove();
          cases++;
        }
      }
      await canary();
      expect(problems).to.deep.equal([]);
      expect(pwned).to.deep.equal([]);
    });
  }

  it('tried every payload in every format and element', () => {
    // Only the renderers of an item are skipped, and only for a feed that could not be read.
    expect(cases).to.be.at.least(TEXT_PAYLOADS.length * Object.keys(FORMATS).length * (Object.keys(RENDERERS).length - 1));
    // <news-related> really showed the other articles of the hostile feeds, not just a message.
    expect(relatedWithItems).to.be.greaterThan(0);
    expect(relatedCards).to.be.at.least(relatedWithItems);
    console.log(`hostile corpus: ${TEXT_PAYLOADS.length} text and ${URL_PAYLOADS.length} URL payloads × ${Object.keys(FORMATS).length} formats → ${cases} renders audited, ${relatedCards} related cards in ${relatedWithItems} <news-related> renders`);
  });
});

describe('hostile weather for <news-header-bar>', function () {
  this.timeout(60_000);
  const payloads = Object.entries(WEATHER_ANSWERS);

  before(() => {
    window.__pwned = (id) => pwned.push(id);
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const body = served.get(url);
      return body === undefined ? realFetch(input, init) : new Response(body, {headers: {'Content-Type': 'application/json'}});
    };
  });
  after(() => (window.fetch = realFetch));

  for (const units of ['celsius', 'fahrenheit']) {
    it(`a weather-src answering hostile JSON shows sane weather or none, in ${units}`, async () => {
      const problems: string[] = [];
      for (const [index, [name, body]] of payloads.entries()) {
        const src = new URL(`/hostile/weather/${units}/${index}`, location.href).href;
        served.set(src, body);
        const city = TEXT_PAYLOADS[index % TEXT_PAYLOADS.length];
        const settled = new Promise((resolve) => ['news-weather-load', 'news-weather-error'].forEach((type) => document.addEventListener(type, resolve, {once: true})));
        const el = await render(html`<news-header-bar weather-src=${src} city=${city} units=${units} timezone="Africa/Casablanca" weather-refresh="0"></news-header-bar>`);
        await settled;
        await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
        problems.push(...audit(el.shadowRoot!).map((problem) => `${name}: ${problem}`));
        problems.push(...shownProblems('news-header-bar', el, {text: city}).map((problem) => `${name}: ${problem}`));
        el.remove();
      }
      await canary();
      expect(problems).to.deep.equal([]);
      expect(pwned).to.deep.equal([]);
    });
  }

  it('the weather property with wrong types shows sane weather or none', async () => {
    const problems: string[] = [];
    for (const [name, value] of Object.entries(WEATHER_VALUES)) {
      for (const units of ['celsius', 'fahrenheit']) {
        const el = await render(html`<news-header-bar .weather=${value} units=${units} city="Casablanca"></news-header-bar>`);
        await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
        problems.push(...audit(el.shadowRoot!).map((problem) => `${name} (${units}): ${problem}`));
        problems.push(...shownProblems('news-header-bar', el, {text: 'Casablanca'}).map((problem) => `${name} (${units}): ${problem}`));
        el.remove();
      }
    }
    expect(problems).to.deep.equal([]);
    expect(pwned).to.deep.equal([]);
  });

  it('a sane answer still shows its weather and the city as text', async () => {
    const src = new URL('/hostile/weather/sane', location.href).href;
    served.set(src, JSON.stringify({current_units: {temperature_2m: '°C'}, current: {temperature_2m: -3.25, weather_code: 71, is_day: 0}}));
    const settled = new Promise((resolve) => document.addEventListener('news-weather-load', resolve, {once: true}));
    const el = await render(html`<news-header-bar weather-src=${src} city=${TEXT_PAYLOADS[0]}></news-header-bar>`);
    await settled;
    await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="temperature"]')!.textContent).to.equal('-3.3°C');
    expect(el.shadowRoot!.querySelector('[part~="city"]')!.textContent).to.equal(TEXT_PAYLOADS[0]);
  });
});

/** What an element shows that it should not: for each element, what its rendering must look like. */
function shownProblems(name: string, el: Element, {feed, text}: {feed?: NewsFeed; text: string}): string[] {
  const root = el.shadowRoot!;
  const problems: string[] = [];
  if (!root.querySelector('[part~="base"]')) problems.push('nothing rendered');
  if (name.startsWith('news-language-switcher')) {
    const links = [...root.querySelectorAll('a[part~="link"]')];
    if (!links.length) problems.push('no language listed');
    // A link the template made unsafe has no href at all; any href left is http(s) (audit checks).
    for (const link of links) if (!link.textContent?.trim()) problems.push('a language without a name');
  }
  if (name.startsWith('news-header-bar')) {
    if (!root.querySelector('[part~="date"]')?.textContent?.trim()) problems.push('no date');
    const weather = root.querySelector('[part~="weather"]');
    if (weather) {
      const temperature = weather.querySelector('[part~="temperature"]')?.textContent ?? '';
      // A reading a thermometer could give: a few digits and a unit.
      if (!/^-?\d{1,3}(\.\d)?°[CF]$/.test(temperature)) problems.push(`temperature "${temperature}"`);
      const city = weather.querySelector('[part~="city"]')?.textContent ?? '';
      if (text.trim() && city !== text.trim()) problems.push(`city "${city}" is not the text given`);
    }
    if (name.includes('(city)') && !weather) problems.push('no weather for a sane reading');
  }
  if (name.startsWith('news-related') && feed && feed.items.length > 1 && !root.querySelector('news-article-card')) problems.push('no related article shown');
  return problems;
}

/** Text of an element and every shadow root under it. */
function deepText(node: Element | ShadowRoot): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child instanceof Element) text += deepText(child.shadowRoot ?? child) + (child.shadowRoot ? deepText(child) : '');
  }
  return text;
}
