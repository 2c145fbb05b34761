import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {MAX_MARKUP_TAGS} from '../../src/core/markup-limits.js';
import {collapseWhitespace, firstImage, htmlToText, isDecoration, plainText, safeUrl, textDirection, truncate} from '../../src/core/text.js';
import {installEntityTable} from '../../src/core/entity-table.js';
import * as reference from './text-reference.js';

/**
 * The characters `read` searches with `indexOf` and regular expressions (from where each
 * search starts to where it ends): a reader that is linear searches a multiple of its input,
 * one that searches the rest of the text again at each tag, its square.
 */
function charactersSearched(read: () => void): number {
  const {indexOf} = String.prototype;
  const {exec} = RegExp.prototype;
  let searched = 0;
  String.prototype.indexOf = function (this: string, search: string, from = 0) {
    const found = indexOf.call(this, search, from);
    searched += (found < 0 ? this.length : found + search.length) - Math.max(0, from);
    return found;
  };
  // test, match and replace call exec too.
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const found = exec.call(this, text);
    searched += this.sticky ? (found?.[0].length ?? 1) : (found ? found.index + found[0].length : String(text).length) - from;
    return found;
  };
  try {
    read();
  } finally {
    String.prototype.indexOf = indexOf;
    RegExp.prototype.exec = exec;
  }
  return searched;
}

// The readers here are synchronous: HTML 4's whole table of names is installed, as the module API does.
installEntityTable();

describe('htmlToText', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['<p>One</p><p>Two</p>', 'One Two'],
    ['a<br>b', 'a b'],
    ['<b>bold</b> &amp; <i>it</i>', 'bold & it'],
    ['caf&eacute; &#x1F600; &#8212;', 'café 😀 —'],
    ['<script>alert(1)</script>kept', 'kept'],
    ['<style>p{}</style><p>text</p>', 'text'],
    ['<img src=x onerror=alert(1)>after', 'after'],
    ['<svg><script>alert(1)</script></svg>ok', 'ok'],
    ['  lots \n\t of   space  ', 'lots of space'],
    ['ctrl\u0000\u0007chars', 'ctrlchars'],
    ['<ul><li>one</li><li>two</li></ul>', 'one two'],
    ['&lt;script&gt;', '<script>'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(htmlToText(input)).to.equal(expected);
    });
  }

  it('never runs the HTML it reads', async () => {
    const page = window as unknown as {pwned?: string[]};
    page.pwned = [];
    // A script would run, and a live <svg onload> fire, within the call; an image whose address
    // is empty fails at once, its error event queued as a task (the DOM manipulation task source).
    htmlToText('<img src="" onerror="pwned.push(\'img\')"><svg onload="pwned.push(\'svg\')"></svg><script>pwned.push(\'script\')</script>');
    expect(page.pwned, 'ran within the call').to.deep.equal([]);
    // Our own image with an empty address, made after the call: its error event is queued on the
    // same task source after any such image's (in order, every engine), so by then that one has fired.
    await new Promise((resolve) => Object.assign(new Image(), {onerror: resolve, onload: resolve, src: ''}));
    expect(page.pwned).to.deep.equal([]);
    delete page.pwned;
  });
});

describe('plainText', () => {
  it('decodes entities but keeps literal tags as text', () => {
    expect(plainText('Use <b> for bold &amp; more')).to.equal('Use <b> for bold & more');
  });
  it('collapses whitespace', () => {
    expect(plainText(' a \n b ')).to.equal('a b');
  });
});

describe('collapseWhitespace and truncate', () => {
  it('collapses', () => expect(collapseWhitespace('\n a  b \t')).to.equal('a b'));
  it('keeps short text', () => expect(truncate('short', 10)).to.equal('short'));
  it('cuts at a word and adds an ellipsis', () => {
    expect(truncate('the quick brown fox jumps', 16)).to.equal('the quick brown…');
  });
  it('never exceeds the limit', () => {
    expect(truncate('x'.repeat(500), 100)).to.have.length(100);
  });
  it('never cuts what a reader sees as one character: an emoji, a flag, a family, a letter and its marks', () => {
    const family = '👨‍👩‍👧';
    for (const [text, last] of [
      ['ab' + '😀'.repeat(60), '😀'],
      ['a' + '😀'.repeat(60), '😀'],
      ['🇲🇦'.repeat(30), '🇲🇦'],
      ['x' + '🇲🇦'.repeat(30), '🇲🇦'],
      [family.repeat(10), family],
      ['é'.normalize('NFD').repeat(40), 'é'.normalize('NFD')],
    ]) {
      const cut = truncate(text, 40);
      expect(cut.endsWith(`${last}…`), cut).to.equal(true);
      expect(cut.length).to.be.at.most(40);
      expect(text.startsWith(cut.slice(0, -1)), cut).to.equal(true);
    }
  });
  it('keeps a text of exactly the limit whole', () => expect(truncate('the quick brown fox', 19)).to.equal('the quick brown fox'));
  it('cuts at the last space when it is past 60% of the limit, not inside the word after it', () => {
    expect(truncate('the quick brown fox jumps', 19)).to.equal('the quick brown…');
    // A space too early (a long word after it) leaves a cut within the word.
    expect(truncate('the quickbrownfoxjumps', 16)).to.equal('the quickbrownf…');
  });
});

describe('safeUrl', () => {
  const base = 'https://example.com/feeds/latest.json';
  const cases: [unknown, string | undefined][] = [
    ['https://a.example/x', 'https://a.example/x'],
    ['http://a.example/', 'http://a.example/'],
    ['/path?q=1#h', 'https://example.com/path?q=1#h'],
    ['../images/a.jpg', 'https://example.com/images/a.jpg'],
    ['//cdn.example/a.png', 'https://cdn.example/a.png'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['  javascript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    ['\u0001javascript:alert(1)', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['file:///etc/passwd', undefined],
    ['mailto:a@example.com', undefined],
    ['', undefined],
    ['   ', undefined],
    [42, undefined],
    [null, undefined],
    [{href: 'https://a.example'}, undefined],
    // A user name or password hides the host from a reader who checks the link (helper-96's audit).
    ['https://news.example.com@evil.example/x', undefined],
    ['https://user@example.com/', undefined],
    ['https://:secret@example.com/', undefined],
    [`https://example.com/${'a'.repeat(8_172)}`, `https://example.com/${'a'.repeat(8_172)}`],
    [`https://example.com/${'a'.repeat(8_173)}`, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input).slice(0, 60)} → ${expected?.slice(0, 60) ?? 'rejected'}`, () => {
      expect(safeUrl(input, base)).to.equal(expected);
    });
  }
  it('rejects a relative URL without a base', () => {
    expect(safeUrl('/a', undefined)).to.equal(undefined);
  });

  // Absolute URLs already in the parser's form skip the parser: these check that the shortcut
  // gives what the URL parser gives, including for near misses it must leave to the parser.
  const asParsed: [string, string | undefined][] = [
    ['https://example.com/a/b?c=d&e=f#g', 'https://example.com/a/b?c=d&e=f#g'],
    ['https://EXAMPLE.com/', 'https://example.com/'],
    ['HTTPS://example.com/', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com:443/', 'https://example.com/'],
    ['https://example.com/a/./b/../c', 'https://example.com/a/c'],
    ['https://example.com/a/%2e%2E/c', 'https://example.com/c'],
    ['https://1.2.3/', 'https://1.2.0.3/'],
    ["https://example.com/?q='x'", "https://example.com/?q=%27x%27"],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['/a/../b', 'https://example.com/b'],
    ['/images/%7e/x.jpg?w=1', 'https://example.com/images/%7e/x.jpg?w=1'],
  ];
  for (const [input, expected] of asParsed) {
    it(`${input} → ${expected ?? 'rejected'}, as the URL parser writes it`, () => expect(safeUrl(input, base)).to.equal(expected));
  }
  it('rejects every URL, absolute ones too, against a base the URL parser rejects', () => {
    expect(safeUrl('https://example.com/a', 'not a base')).to.equal(undefined);
    expect(safeUrl('https://example.com/a', 'https://ok.example/')).to.equal('https://example.com/a');
  });
  it('gives what the URL parser gives for any URL-like string', () => {
    const byParser = (value: string, against?: string) => {
      if (!value.trim()) return undefined; // an empty link is no link, not the base
      try {
        const url = new URL(value.trim(), against);
        return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? url.href : undefined;
      } catch {
        return undefined;
      }
    };
    const piece = fc.constantFrom(
      ...['https://', 'http://', 'HTTP://', 'a', 'Z', '0', '9', '.', '-', 'xn--', 'com', '123', '0x1', '%2e', '%', '%41', '/', '//', '?', '#', '@', ':', ':443'],
      ...['~', "'", '"', '^', '|', '`', '{', '}', '[', ']', '\\', ' ', '\t', '!', '$', '&', '(', '*', '+', ',', ';', '=', '_', 'é', '..', 'javascript:'],
    );
    fc.assert(
      fc.property(fc.constantFrom('', '/', 'https://'), fc.array(piece, {maxLength: 14}), fc.constantFrom(undefined, base, 'not a base', 'http://EXAMPLE.com/a/', 'https://a.example:8080/x'), (start, parts, against) => {
        const value = start + parts.join('');
        expect(safeUrl(value, against), value).to.equal(byParser(value, against));
      }),
      {numRuns: 4_000},
    );
  });
});

describe('HTML to text without a document', () => {
  const cases: [string, string][] = [
    ['a<iframe src="x"/>b', 'ab'],
    ['<p>kept</p><!-- malformed comment >after', 'kept after'],
    ['<p>one</p><iframe src="https://x.example">inside</iframe><p>two</p>', 'one two'],
    ['<img alt="a > b" src="x.png">after', 'after'],
    // A quote after a blank that pairs to the end with no `>` after it: that tag ends at its first
    // `>`, and the quoted `>` of the next tag is still seen as quoted (found by the property test below).
    ["<p\n'<p><div class=\"a>b\">'", "'"],
    ['don&#146;t &#x80; &euro;', 'don’t € €'],
    // The ends of the windows-1252 range (&#128;–&#159;), and a surrogate's number, which is no character.
    ['&#128;&#159; &#xD800;&#xDFFF;', '€Ÿ \uFFFD\uFFFD'],
    ['&constructor; &__proto__; &toString; &hasOwnProperty;', '&constructor; &__proto__; &toString; &hasOwnProperty;'],
    ['<math><mi>a</mi><mo>+</mo><mi>b</mi></math>', 'a+b'],
    ['<script>never', ''],
    ['x < y and y > z', 'x < y and y > z'],
    ['AT&T &amp R&D', 'AT&T & R&D'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(htmlToText(input)).to.equal(expected));
  }
  it('reads C1 controls as the windows-1252 characters they stand for', () => {
    expect(collapseWhitespace('don\u0092t \u0080')).to.equal('don’t €');
  });
  it('reads hostile markup in linear time: four times the markup, about four times the characters searched', () => {
    // Counts, not timers: each repeat below stays under the tag limit, so the reader reads it all.
    for (const [unit, count] of [
      ['<a "', 400],
      ['<a b="c\' d', 400],
      ['<', 20_000],
      ['<a ', 400],
      ['<!--', 400],
      // A comment never closed ends at its `>`: each would search the rest for `-->` again (16x for 4x).
      ['<!-- >', 400],
      ['<a x="y" z=">', 400],
      ['<iframe>', 400],
      ['<p title=">', 400],
    ] as const) {
      let text = '';
      const small = charactersSearched(() => (text = htmlToText(unit.repeat(count))));
      expect(text).to.be.a('string');
      // Each tag searched at least once: the count sees the reader's work.
      expect(small, `${JSON.stringify(unit)}: characters searched`).to.be.at.least(count);
      const large = charactersSearched(() => htmlToText(unit.repeat(count * 4)));
      expect(large / small, `${JSON.stringify(unit)}: ${small} characters searched for ${count}, ${large} for ${count * 4}`).to.be.below(5);
    }
  });
  it('reads decoded references like the characters they stand for', () => {
    expect(htmlToText('a&nbsp;&nbsp;b&#10;c&#1;d&#x85;e&#x2003;f')).to.equal('a\u00a0b cd…e f');
    expect(plainText('&#32;&nbsp;lead and trail&#9;')).to.equal('lead and trail');
  });
  it('keeps the no-break spaces of typesetting, which no line may break at', () => {
    // French before a colon and in numbers, a figure before its unit: as the feed wrote them.
    expect(htmlToText('<p>Derby de Casablanca&nbsp;: 100&#x202F;000 foyers, 7\u00a0%, 12\u2007345</p>')).to.equal('Derby de Casablanca\u00a0: 100\u202f000 foyers, 7\u00a0%, 12\u2007345');
    expect(collapseWhitespace('Derby\u00a0: x')).to.equal('Derby\u00a0: x');
    // A run of them alone is one, the first; a breaking blank in the run makes it a space.
    expect(plainText('a\u202f\u00a0b a&nbsp; b a \u00a0b a\n\u00a0\tb')).to.equal('a\u202fb a b a b a b');
    // None at either end, nor for an empty paragraph between two others.
    expect(htmlToText('&nbsp;<p>one</p><p>&nbsp;</p><p>two&nbsp;</p>\u00a0')).to.equal('one two');
  });
  it('gives one space for a run of block edges and blanks', () => {
    expect(htmlToText('<ul>\n  <li> one </li>\n  <li>two</li></ul><p></p><p>three</p>')).to.equal('one two three');
  });
  it('stops reading after the tag limit', () => {
    const text = htmlToText(`${'<b>w</b>'.repeat(MAX_MARKUP_TAGS)}<b>after</b>`);
    expect(text).to.have.length(MAX_MARKUP_TAGS / 2);
    expect(text).not.to.include('after');
  });
  it('cut at max, gives the start of the whole text', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<b>', ' ', '\n', 'word', 'mot', '&amp;', '&nbsp;', '<br>', '<!-- c -->', '<script>x</script>');
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 80}), fc.integer({min: 2, max: 40}), (parts, max) => {
        const html = parts.join('');
        expect(truncate(htmlToText(html, max), max), html).to.equal(truncate(htmlToText(html), max));
      }),
      {numRuns: 2_000},
    );
  });
  it('entities never read inherited properties', () => {
    expect(plainText('&constructor;&valueOf;')).to.equal('&constructor;&valueOf;');
  });
});

describe('firstImage', () => {
  const base = 'https://example.com/';
  const story = '<img src="/story.jpg" width="100" height="53" alt="Story">';
  // Seen in real feeds before the story's picture (test/corpus/real-feeds): none is the story's picture.
  const decorations = [
    '<img src="https://medium.com/_/stat?event=post.clientViewed&amp;postId=1" width="1" height="1">',
    '<img src="https://cpx.golem.de/cpx.php?class=17" alt="" width="1" height="1" />',
    '<img src="//feeds.feedburner.com/~r/cre-podcast/~4/3h3osQegWaA" height="1" width="1" alt=""/>',
    '<img src="http://feeds.feedburner.com/~ff/blogspot/RLXA?d=yIl2AUoC8zA" border="0">',
    '<img src="http://feeds.feedburner.com/~a/x?i=1">',
    "<img border='0' title='Add to Facebook' alt='Add to Facebook' src='http://images.pheedo.com/images/mm/facebook.gif'/>",
    '<img width="32" height="32" src="https://cre.fm/social/icons/twitter-128.png" alt="Twitter">',
    '<img height="40" width="40" src="https://lh6.googleusercontent.com/icon" style="vertical-align: middle">',
    '<img src="/spacer.gif" width="0">',
    // WordPress's emoji and smilies, Twemoji, FeedFlare's /~f/ buttons, avatars (from an audit of real feeds).
    '<img src="https://s.w.org/images/core/emoji/2.2.1/72x72/1f62c.png" alt="😬" class="wp-smiley" style="height: 1em; max-height: 1em;" />',
    '<img src="https://example.com/wp-includes/images/smilies/icon_smile.gif" alt=":)" class="wp-smiley">',
    '<img src="https://s0.wp.com/wp-content/mu-plugins/wpcom-smileys/twemoji/2/72x72/1f642.png">',
    '<img class="emoji" draggable="false" alt="😀" src="https://cdn.example/72x72/1f600.png">',
    '<img src="https://cdn.example/e/party.png" alt=":party:" style="width:1.2em;height:1.2em;vertical-align:middle">',
    '<img src="http://feeds.feedburner.com/~f/PaulDixExplainsNothing?i=9Q8qfQ.P" border="0">',
    '<img src="https://1.gravatar.com/avatar/bbce6c3c48f821c81c019600a5589ae6?s=96&amp;d=identicon">',
  ];
  for (const decoration of decorations) {
    it(`skips ${decoration.slice(0, 70)}`, () => {
      expect(firstImage(decoration, base)).to.equal(undefined);
      expect(firstImage(`<p>${decoration}</p>${story}`, base)).to.deep.equal({src: 'https://example.com/story.jpg', alt: 'Story'});
    });
  }
  it('reads each attribute as a whole: a name written inside another one’s value is not an attribute', () => {
    expect(firstImage('<img alt="Old photo, src=/wrong.jpg" src="/right.jpg" width="100" height="53">', base)).to.deep.equal({src: 'https://example.com/right.jpg', alt: 'Old photo, src=/wrong.jpg'});
    expect(firstImage("<img title='x width=1' src=/bare.jpg ALT=Bare>", base)).to.deep.equal({src: 'https://example.com/bare.jpg', alt: 'Bare'});
    expect(firstImage('<img data-src="/lazy.jpg">', base)).to.equal(undefined);
  });

  it('keeps a picture declared small on one side only, or not at all', () => {
    const sized = (width?: string, height?: string) => (name: string) => ({width, height})[name as 'width' | 'height'];
    expect(isDecoration('https://e.x/a.jpg', sized('100', '53'))).to.equal(false);
    expect(isDecoration('https://e.x/a.jpg', sized('40'))).to.equal(false);
    expect(isDecoration('https://e.x/a.jpg', sized('100%', '50'))).to.equal(false);
    expect(isDecoration('https://e.x/a.jpg')).to.equal(false);
    // Sized in em only when small: a picture laid out 30em wide is a picture.
    expect(isDecoration('https://e.x/a.jpg', (name) => (name === 'style' ? 'width: 30em' : undefined))).to.equal(false);
    expect(isDecoration('https://e.x/a.jpg', (name) => (name === 'style' ? 'line-height: 1em' : undefined))).to.equal(false);
    expect(isDecoration('https://e.x/a.jpg', (name) => (name === 'class' ? 'emojis-gallery' : undefined))).to.equal(false);
  });
});

describe('the fast readers against the readers they replaced (text-reference.ts)', () => {
  // Adversarial pieces: tags in any case, with quoted `>` and unclosed quotes, unterminated tags
  // and comments, dropped elements closed or not, references whole, cut short or split by a
  // tag, C0 and C1 controls, Unicode blanks, right-to-left text, and the Kelvin sign, which
  // toLowerCase reads as a `k`.
  const piece = fc.oneof(
    fc.constantFrom(
      ...['<p>', '</p>', '<P>', '<b>', '</b>', '<br/>', '<BR>', '<li>', '</LI>', '<div class="a>b">', "<span title='x'>", '<h1>', '<h6>', '<h7>', '<bloc\u212Aquote>', '<my-el>', '<o:p>'],
      ...['<a href="https://e.x/?a=1&amp;b=2">', '</a>', '<img src="https://e.x/i.png" alt="A &amp; B">', '<IMG SRC=/j.png ALT=\'\u0085x \'>', '<img alt="no src">', '<img src="javascript:alert(1)">', '<img src="https://e.x/p.gif" width="1" height=1>', '<img src="https://feeds.feedburner.com/~ff/x">'],
      ...['<script>', '</script>', '<SCRIPT type="x">', '</Script >', '<style>p{}</style>', '<iframe>', '</iframe>', '<iframe/>', '<svg/>', '<textarea>', '<title>', '</title>'],
      ...['<!--', '-->', '<!-- c -->', '<!DOCTYPE html>', '<?xml x?>', '</', '</ >', '<', '>', '< ', '<3', '"', "'", '=', ' = "'],
      ...['&', '&amp;', '&amp', '&AMP;', '&am', 'p;', ';', '&#', '&#1', '0', '&#x', '4', '1', 'x', '&#65', '&#0;', '&#xD800;', '&#146;', '&#x80;', '&#8217;', '&#000065;', '&#123456789;', '&#1234567890;', '&#x123456789;'],
      ...['&nbsp;', '&nbsp', '&copy', '&copyright;', '&eacute;', '&hellip;', '&rsquo;', '&LT', '&constructor;', `&${'a'.repeat(31)};`, `&${'b'.repeat(33)};`],
      ...[' ', '  ', '\n', '\t', '\r\n', '\u000B', '\u000C', '\u0000', '\u0007', '\u007F', '\u0085', '\u0092', '\u0081', '\u00A0', '\u2003', '\u2028', '\u3000', '\uFEFF'],
      ...['word', 'Mot', 'é', 'المغرب', 'שלום', '\u200F', '\u202E', '😀', '\uD800'],
    ),
    fc.string({unit: fc.constantFrom('<', '>', '/', '!', '-', '&', ';', '#', 'x', 'a', 'p', 'i', 'm', 'g', '"', "'", '=', ' ', '\n', '\u0085', 'ب'), maxLength: 12}),
  );
  const html = fc.array(piece, {maxLength: 40}).map((parts) => parts.join(''));
  const base = 'https://example.com/feed/';

  it('read the same text from any markup, to the character', () => {
    fc.assert(
      fc.property(html, (markup) => {
        expect(htmlToText(markup), markup).to.equal(reference.htmlToText(markup));
        expect(plainText(markup), markup).to.equal(reference.plainText(markup));
        expect(collapseWhitespace(markup), markup).to.equal(reference.collapseWhitespace(markup));
        expect(firstImage(markup, base), markup).to.deep.equal(reference.firstImage(markup, base));
      }),
      {numRuns: 5_000},
    );
  });
  it('cut at max, give the start of the whole text', () => {
    fc.assert(
      fc.property(html, fc.integer({min: 2, max: 60}), (markup, max) => {
        expect(truncate(htmlToText(markup, max), max), markup).to.equal(truncate(reference.htmlToText(markup), max));
        expect(truncate(plainText(markup, max), max), markup).to.equal(truncate(reference.plainText(markup), max));
      }),
      {numRuns: 3_000},
    );
  });
});

describe('textDirection', () => {
  it('says the direction most letters are written in', () => {
    const table: [string, 'ltr' | 'rtl' | undefined][] = [
      ['Morocco beat Spain!', 'ltr'],
      ['المغرب يفوز على إسبانيا!', 'rtl'],
      ['COP30: المغرب يستضيف قمة إفريقية للمناخ', 'rtl'],
      ['الرباط hosts the Africa Cup of Nations final', 'ltr'],
      ['שלום עולם', 'rtl'],
      ['ⴰⵎⵓⵔ ⵏ ⵍⵎⵖⵔⵉⴱ', 'ltr'],
      ['2030 — 2026', undefined],
      ['', undefined],
    ];
    for (const [text, direction] of table) expect(textDirection(text), text).to.equal(direction);
  });
});
