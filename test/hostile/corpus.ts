/**
 * Hostile input for every format and every element: payloads that would run script if any
 * feed text reached HTML, and URLs that would run script if any unsafe scheme survived.
 * Each payload calls `window.__pwned(n)`; a test fails if it is ever called.
 */
import {html, type TemplateResult} from 'lit';
import type {NewsFeed} from '../../src/core/feed.js';

/** Text payloads: script, event handlers, SVG, iframe srcdoc, mXSS, encodings, breakouts. */
export const TEXT_PAYLOADS = [
  '<script>__pwned(1)</script>',
  '<img src=x onerror=__pwned(2)>',
  '<svg onload=__pwned(3)>',
  '<svg><script>__pwned(4)</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned(5)</script>"></iframe>',
  '<iframe src="javascript:parent.__pwned(6)"></iframe>',
  '<object data="javascript:__pwned(7)"></object>',
  '<embed src="javascript:__pwned(8)">',
  '"><img src=x onerror=__pwned(9)>',
  "'><svg/onload=__pwned(10)>",
  '&lt;script&gt;__pwned(11)&lt;/script&gt;',
  '&amp;lt;img src=x onerror=__pwned(12)&amp;gt;',
  '<a href="javascript:__pwned(13)">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwned(14)>',
  '<details open ontoggle=__pwned(15)>',
  '<body onload=__pwned(16)>',
  "<style>@import 'javascript:__pwned(17)'</style>",
  '<template><img src=x onerror=__pwned(18)></template>',
  "{{constructor.constructor('__pwned(19)')()}}",
  '${__pwned(20)}',
  '<noscript><p title="</noscript><img src=x onerror=__pwned(21)>">',
  '<input autofocus onfocus=__pwned(22)>',
  '<video><source onerror=__pwned(23)></video>',
  '<base href="javascript:__pwned(24)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:__pwned(25)">',
  '<form action="javascript:__pwned(26)"><button formaction="javascript:__pwned(26)">x</button></form>',
  '\u202e\u200b<script>__pwned(27)</script>\u0007',
  '<![CDATA[<img src=x onerror=__pwned(28)>]]>',
  ']]><img src=x onerror=__pwned(29)>',
  '</title></item><script>__pwned(30)</script>',
  '<img src="x" onerror="&#95;&#95;pwned(31)">',
  '<svg><animate onbegin=__pwned(32) attributeName=x dur=1s>',
  '<x onclick=__pwned(33) style="position:fixed;inset:0">',
  '<img srcset="javascript:__pwned(34) 1x">',
  '<link rel=import href="data:text/html,<script>__pwned(35)</script>">',
];

/** URL payloads: javascript:, vbscript: and data: in mixed case, with whitespace, control characters and entities. */
export const URL_PAYLOADS = [
  'javascript:__pwned(101)',
  'JaVaScRiPt:__pwned(102)',
  '  javascript:__pwned(103)',
  'java\tscript:__pwned(104)',
  'java\nscript:__pwned(105)',
  '\u0001javascript:__pwned(106)',
  '&#106;avascript:__pwned(107)',
  '&#x6A;&#x61;vascript:__pwned(108)',
  'javascript&colon;__pwned(109)',
  'vbscript:msgbox(110)',
  'VbScRiPt:msgbox(111)',
  'data:text/html,<script>__pwned(112)</script>',
  'DATA:image/svg+xml,<svg onload=__pwned(113)>',
  ' data:text/html;base64,PHNjcmlwdD5fX3B3bmVkKDExNCk8L3NjcmlwdD4=',
  'javascript://%0a__pwned(115)',
  'jav&#x09;ascript:__pwned(116)',
  '\u0000javascript:__pwned(117)',
  'file:///etc/passwd',
  'blob:https://example.com/x',
  'about:blank',
];

// XML 1.0 cannot carry most control characters at all: drop them, as a feed writer would have to.
// eslint-disable-next-line no-control-regex
const xmlChars = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
const xmlText = (value: string) => xmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (value: string) => `<![CDATA[${xmlChars(value).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** Each format with the payload in every text field and the URL payload in every URL field. */
export const FORMATS: Record<string, (text: string, url: string) => string> = {
  'JSON Feed': (text, url) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: text,
      home_page_url: url,
      feed_url: url,
      next_url: url,
      language: text,
      authors: [{name: text, url}],
      items: [
        {id: text, url, external_url: url, title: text, summary: text, content_html: text, content_text: text, image: url, banner_image: url,
          date_published: text, date_modified: text, authors: [{name: text, url}], tags: [text, text], language: text},
        {id: 'second', url, title: `Second ${text}`, content_html: `<p>${text}</p><img src="${url}">`},
      ],
    }),
  'RSS 2.0': (text, url) => `<?xml version="1.0"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
      xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
      <title>${xmlText(text)}</title><link>${xmlText(url)}</link><language>${xmlText(text)}</language>
      <atom:link rel="next" href="${xmlText(url)}"/>
      <item>
        <title>${xmlText(text)}</title><link>${xmlText(url)}</link><guid>${xmlText(text)}</guid>
        <description>${cdata(text)}</description><content:encoded>${cdata(`${text}<img src="${url}">`)}</content:encoded>
        <dc:creator>${xmlText(text)}</dc:creator><author>${xmlText(text)}</author><category>${xmlText(text)}</category>
        <pubDate>${xmlText(text)}</pubDate><enclosure url="${xmlText(url)}" type="image/jpeg"/>
        <media:content url="${xmlText(url)}" medium="image"><media:description>${xmlText(text)}</media:description></media:content>
        <media:thumbnail url="${xmlText(url)}"/>
      </item>
      <item><title>Second ${xmlText(text)}</title><link>https://example.com/ok</link><description>${xmlText(`<p>${text}</p><img src="${url}">`)}</description></item>
    </channel></rss>`,
  'Atom 1.0': (text, url) => `<?xml version="1.0"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:base="${xmlText(url)}" xml:lang="${xmlText(text)}">
      <title type="html">${xmlText(text)}</title><link href="${xmlText(url)}"/><link rel="next" href="${xmlText(url)}"/>
      <author><name>${xmlText(text)}</name><uri>${xmlText(url)}</uri></author>
      <entry xml:base="${xmlText(url)}">
        <title type="html">${xmlText(text)}</title><id>${xmlText(text)}</id>
        <link rel="alternate" type="text/html" href="${xmlText(url)}"/><link rel="enclosure" type="image/png" href="${xmlText(url)}" title="${xmlText(text)}"/>
        <published>${xmlText(text)}</published><updated>${xmlText(text)}</updated>
        <category term="${xmlText(text)}" label="${xmlText(text)}"/>
        <summary type="html">${xmlText(text)}</summary><content type="html">${xmlText(`${text}<img src="${url}">`)}</content>
        <media:thumbnail url="${xmlText(url)}"/>
      </entry>
      <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Second <a href="${xmlText(url)}" onclick="__pwned(200)">x</a></div></title>
        <id>second</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><img src="${xmlText(url)}" onerror="__pwned(201)"/><script>__pwned(202)</script></div></content>
        <link href="https://example.com/ok"/></entry>
    </feed>`,
  WordPress: (text, url) =>
    JSON.stringify([
      {
        id: text, date: text, date_gmt: text, modified_gmt: text, link: url, guid: {rendered: text},
        title: {rendered: text}, excerpt: {rendered: text}, content: {rendered: `${text}<img src="${url}">`},
        _embedded: {
          author: [{name: text, link: url}],
          'wp:featuredmedia': [{source_url: url, alt_text: text, media_details: {sizes: {large: {source_url: url}}}}],
          'wp:term': [[{name: text}], [{name: text}]],
        },
      },
      {id: 2, link: 'https://example.com/ok', title: {rendered: `Second ${text}`}, content: {rendered: `<img src="${url}" onerror="__pwned(300)">`}},
    ]),
};

/**
 * The article `<news-related>` is shown under: the first of the feed, by its id, so the others
 * render as related (named by its address, the page of the URL payload both items link to, the
 * second item would lead back to it, and is left out).
 */
const currentOf = (feed: NewsFeed) => feed.items[0]?.id;
const SUNNY = {temperature: 13.1, weatherCode: 2, isDay: true};

/**
 * Every element, rendered with a hostile feed (its URL and parsed feed) or the payloads
 * themselves in its attributes. Add an element with one line. A name with `(src)` waits for
 * the feed to load or fail; a name with `item` is skipped when the feed has no items.
 */
export const RENDERERS: Record<string, (input: {src: string; feed: NewsFeed; text: string; url: string}) => TemplateResult> = {
  'news-feed (src)': ({src}) => html`<news-feed src=${src}></news-feed>`,
  'news-feed (feed)': ({feed}) => html`<news-feed .feed=${feed} layout="list"></news-feed>`,
  'news-article-card (item)': ({feed}) => html`<news-article-card .item=${feed.items[0]} variant="hero" target="_blank"></news-article-card>`,
  'news-article-card (attributes)': ({text, url}) =>
    html`<news-article-card href=${url} headline=${text} summary=${text} image=${url} image-alt=${text} author=${text} date=${text}></news-article-card>`,
  'news-related (src)': ({src, feed, text}) => html`<news-related src=${src} current=${currentOf(feed) ?? text} layout="grid" heading=${text}></news-related>`,
  'news-related (feed)': ({feed, text}) => html`<news-related .feed=${feed} current=${currentOf(feed) ?? text} layout="list" exclude-shown></news-related>`,
  'news-language-switcher (href-template)': ({text, url}) => html`<news-language-switcher href-template=${url} locales=${`${text} fr ar ${url}`}></news-language-switcher>`,
  'news-language-switcher (menu)': ({text}) => html`<news-language-switcher variant="menu" href-template=${`${text}/{lang}/`} locales=${`en ${text}`}></news-language-switcher>`,
  'news-header-bar (city)': ({text}) => html`<news-header-bar city=${text} timezone="Africa/Casablanca" .weather=${SUNNY}></news-header-bar>`,
};

/**
 * Answers a weather source could give `<news-header-bar weather-src>`: wrong shapes, wrong
 * types, absurd numbers, markup in every string. Each must show sane weather or none.
 */
const weather = (current: unknown, units: unknown = {temperature_2m: '°C'}) => JSON.stringify({current_units: units, current});
export const WEATHER_ANSWERS: Record<string, string> = {
  'markup as the temperature': weather({temperature_2m: '<img src=x onerror=__pwned(401)>', weather_code: 2, is_day: 1}),
  'markup as the weather code': weather({temperature_2m: 13, weather_code: '<svg onload=__pwned(402)>', is_day: 1}),
  'markup as is_day': weather({temperature_2m: 13, weather_code: 2, is_day: '<script>__pwned(403)</script>'}),
  'markup as the unit': weather({temperature_2m: 13, weather_code: 2, is_day: 1}, {temperature_2m: '<img src=x onerror=__pwned(404)>'}),
  'markup as current': weather('<iframe srcdoc="<script>parent.__pwned(405)</script>">'),
  'a string temperature': weather({temperature_2m: '13.1', weather_code: 2, is_day: 1}),
  'a string weather code': weather({temperature_2m: 13.1, weather_code: '2', is_day: 1}),
  'a null temperature': weather({temperature_2m: null, weather_code: 2, is_day: 1}),
  'a null weather code': weather({temperature_2m: 13.1, weather_code: null, is_day: null}),
  'an object temperature': weather({temperature_2m: {value: 13}, weather_code: 2, is_day: 1}),
  'an array temperature': weather({temperature_2m: [13.1], weather_code: [2], is_day: [1]}),
  'a boolean temperature': weather({temperature_2m: true, weather_code: false, is_day: 1}),
  'an object unit': weather({temperature_2m: 13, weather_code: 2, is_day: 1}, {temperature_2m: {unit: '°C'}}),
  'a huge temperature': weather({temperature_2m: 1.7976931348623157e308, weather_code: 2, is_day: 1}),
  'a huge negative temperature': weather({temperature_2m: -1.7976931348623157e308, weather_code: 2, is_day: 1}),
  'a huge Fahrenheit temperature': weather({temperature_2m: 1e308, weather_code: 2, is_day: 1}, {temperature_2m: '°F'}),
  'a temperature past any record': weather({temperature_2m: 4000, weather_code: 2, is_day: 1}),
  'a temperature below absolute zero': weather({temperature_2m: -300, weather_code: 2, is_day: 1}),
  'an overflowing temperature': '{"current": {"temperature_2m": 1e999, "weather_code": 2, "is_day": 1}}',
  'a tiny temperature': weather({temperature_2m: 5e-324, weather_code: 2, is_day: 1}),
  'a huge weather code': weather({temperature_2m: 13, weather_code: 1e308, is_day: 1}),
  'a fractional weather code': weather({temperature_2m: 13, weather_code: 2.5, is_day: 1}),
  'a negative weather code': weather({temperature_2m: 13, weather_code: -1, is_day: 1}),
  'an unknown weather code': weather({temperature_2m: 13, weather_code: 4, is_day: 1}),
  'a huge is_day': weather({temperature_2m: 13, weather_code: 2, is_day: 1e308}),
  'no current': JSON.stringify({current_units: {temperature_2m: '°C'}}),
  'current as an array': weather([13, 2, 1]),
  'current null': weather(null),
  'units null': weather({temperature_2m: 13, weather_code: 2, is_day: 1}, null),
  'a prototype pollution attempt': '{"__proto__": {"current": {"temperature_2m": 13, "weather_code": 2}}, "constructor": {"prototype": {"x": 1}}}',
  'JSON null': 'null',
  'a JSON string': '"<script>__pwned(406)</script>"',
  'a JSON number': '1e308',
  'a JSON array': '[{"current": {"temperature_2m": 13, "weather_code": 2}}]',
  'an HTML page': '<!doctype html><script>__pwned(407)</script><img src=x onerror=__pwned(408)>',
  'an empty body': '',
  'deep nesting': `${'['.repeat(5000)}${']'.repeat(5000)}`,
};

/** Weather given directly as the `weather` property, with the wrong types a page script might pass. */
export const WEATHER_VALUES: Record<string, unknown> = {
  'string fields': {temperature: '13', weatherCode: '2', isDay: 'no'},
  'markup fields': {temperature: '<img src=x onerror=__pwned(411)>', weatherCode: 2, isDay: '<script>__pwned(412)</script>'},
  'NaN temperature': {temperature: NaN, weatherCode: 2, isDay: true},
  'infinite temperature': {temperature: Infinity, weatherCode: 2, isDay: true},
  'huge temperature': {temperature: Number.MAX_VALUE, weatherCode: 2, isDay: true},
  'huge negative temperature': {temperature: -Number.MAX_VALUE, weatherCode: 2, isDay: true},
  'null fields': {temperature: null, weatherCode: null, isDay: null},
  'undefined fields': {},
  'object fields': {temperature: {}, weatherCode: {}, isDay: {}},
  'a temperature that runs code when read as a number': {temperature: {valueOf: () => (window.__pwned(413), 13), toString: () => (window.__pwned(414), '13')}, weatherCode: 2, isDay: true},
  'a weather code that runs code when read': {temperature: 13, weatherCode: {valueOf: () => (window.__pwned(415), 2)}, isDay: true},
  'an unknown weather code': {temperature: 13, weatherCode: 1000, isDay: true},
};

const DANGEROUS_ELEMENTS = 'script, iframe, frame, frameset, object, embed, applet, base, meta, link, form';
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite'];

/**
 * Walks `root` and every shadow root under it; returns what a hostile feed must never
 * produce: an element that runs or loads code, an `on*` attribute, a URL that is not http(s).
 */
export function audit(root: Element | ShadowRoot): string[] {
  const problems: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(DANGEROUS_ELEMENTS)) problems.push(`<${el.localName}> element`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) problems.push(`${attr.name} attribute on <${el.localName}>`);
        if (URL_ATTRIBUTES.includes(attr.name.toLowerCase()) && el.localName !== 'news-article-card') {
          const urls = attr.name === 'srcset' ? attr.value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [attr.value];
          for (const value of urls) if (!/^https?:\/\//.test(value)) problems.push(`${attr.name}="${value}" on <${el.localName}>`);
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return problems;
}

/** Words that mean a value leaked through as a wrong type. */
export const LEAKS = ['undefined', 'null', 'NaN', 'Invalid Date', '[object Object]'];
