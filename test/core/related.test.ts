import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseFeed, type NewsItem} from '../../src/core/feed.js';
import {findItem, foldText, rankRelated, rankingSteps, terms, termsRemembered, urlKeys, words} from '../../src/core/related.js';
import {countWords} from '../../src/core/words.js';
import {fixture, pausesOf} from '../helpers.js';

const NOW = new Date('2026-01-29T00:00:00Z');
const item = (id: string, fields: Partial<NewsItem> = {}): NewsItem => ({
  id,
  url: `https://news.example/${id}/`,
  title: id,
  authors: [],
  tags: [],
  ...fields,
});
const ids = (list: {item: NewsItem}[]) => list.map((entry) => entry.item.id);

interface Labelled {
  items: {id: string; _related?: string[]}[];
}

describe('rankRelated: quality on a labelled feed (English and Arabic)', () => {
  let items: NewsItem[];
  let labels: Map<string, string[]>;
  before(async () => {
    const text = await (await fetch(fixture('related-quality.json'))).text();
    items = parseFeed(text, fixture('related-quality.json')).items;
    labels = new Map((JSON.parse(text) as Labelled).items.flatMap((raw) => (raw._related ? [[raw.id, raw._related]] : [])));
  });

  it('has 30 or more items in two languages, with labels for both', () => {
    expect(items.length).to.be.at.least(30);
    expect(new Set(items.map((i) => i.language))).to.deep.equal(new Set(['en', 'ar']));
    expect([...labels.keys()].filter((id) => id.startsWith('ar-'))).to.have.length.at.least(5);
    expect([...labels.keys()].filter((id) => id.startsWith('en-'))).to.have.length.at.least(5);
  });

  it('puts the expected articles first for every labelled item', () => {
    const misses: string[] = [];
    for (const [id, expected] of labels) {
      const top = ids(rankRelated(items, id, {now: NOW})).slice(0, expected.length);
      if (!expected.every((e) => top.includes(e))) misses.push(`${id}: expected ${expected.join(', ')}, got ${top.join(', ')}`);
    }
    expect(misses).to.deep.equal([]);
  });

  it('marks the labelled articles as related, above the threshold', () => {
    for (const [id, expected] of labels) {
      const ranked = rankRelated(items, id, {now: NOW, limit: expected.length});
      expect(ranked.every((r) => r.related && r.score > 0), id).to.equal(true);
    }
  });

  it('ranks the Arabic edition like the English one', () => {
    for (const [id] of labels) {
      if (!id.startsWith('en-')) continue;
      const english = ids(rankRelated(items, id, {now: NOW, limit: 2})).map((x) => x.slice(3));
      const arabic = ids(rankRelated(items, id.replace('en-', 'ar-'), {now: NOW, limit: 2})).map((x) => x.slice(3));
      expect(new Set(arabic), id).to.deep.equal(new Set(english));
    }
  });

  it('never returns the current item or one in another language, even to fill the list', () => {
    for (const current of items) {
      const ranked = rankRelated(items, current, {now: NOW, limit: 40});
      expect(ranked).to.have.length(15);
      expect(ids(ranked)).not.to.include(current.id);
      expect(ranked.every((r) => r.item.language === current.language)).to.equal(true);
    }
  });

  it('fills with the newest articles when nothing is related (a recipe among news)', () => {
    const ranked = rankRelated(items, 'en-couscous', {now: NOW});
    expect(ranked.map((r) => r.related)).to.deep.equal([false, false, false, false]);
    expect(ids(ranked)).to.deep.equal(['en-water-1', 'en-water-2', 'en-water-3', 'en-football-1']);
    expect(ranked.every((r) => r.score === 0)).to.equal(true);
  });

  it('fills after the related ones when too few qualify', () => {
    const ranked = rankRelated(items, 'en-books-2', {now: NOW});
    expect(ranked.map((r) => r.related)).to.deep.equal([true, false, false, false]);
    expect(ids(ranked)).to.deep.equal(['en-books-1', 'en-water-1', 'en-water-2', 'en-water-3']);
  });

  it('lets the threshold decide what counts as related', () => {
    const loose = rankRelated(items, 'en-tech-2', {now: NOW, threshold: 0.01, limit: 3});
    expect(loose.filter((r) => r.related).length).to.be.greaterThan(1);
    const strict = rankRelated(items, 'en-tech-2', {now: NOW, threshold: 0.99, limit: 3});
    expect(strict.map((r) => r.related)).to.deep.equal([false, false, false]);
  });
});

describe('rankRelated: rules', () => {
  it('breaks ties by date, newest first, then by id, whatever the input order', () => {
    const same = {tags: ['Rail'], title: 'Rail news'};
    const list = [
      item('c', {...same, published: new Date('2026-01-10')}),
      item('b', {...same, published: new Date('2026-01-10')}),
      item('a', {...same, published: new Date('2026-01-01')}),
      item('d', {...same, published: new Date('2026-01-20')}),
      item('current', {...same}),
    ];
    // The same score for every candidate: a `now` far away flattens recency.
    const options = {now: new Date('2100-01-01')};
    expect(ids(rankRelated(list, 'current', options))).to.deep.equal(['d', 'b', 'c', 'a']);
    expect(ids(rankRelated([...list].reverse(), 'current', options))).to.deep.equal(['d', 'b', 'c', 'a']);
    // An invalid date (a page's `new Date(row.date)` of a bad value) is no date: after the dated ones, whatever the order given.
    const undated = [...list, item('bad', {...same, published: new Date('not a date')}), item('none', same)];
    expect(ids(rankRelated(undated, 'current', {...options, limit: 6}))).to.deep.equal(['d', 'b', 'c', 'a', 'bad', 'none']);
    expect(ids(rankRelated([...undated].reverse(), 'current', {...options, limit: 6}))).to.deep.equal(['d', 'b', 'c', 'a', 'bad', 'none']);
  });

  it('reads one id or URL given alone to `exclude` as one, not as a list of its characters', () => {
    const list = [item('current', {tags: ['Rail']}), item('a', {tags: ['Rail']}), item('h', {tags: ['Rail']}), item('story', {tags: ['Rail']})];
    expect(ids(rankRelated(list, 'current', {exclude: 'https://news.example/story/'})).sort()).to.deep.equal(['a', 'h']);
    expect(ids(rankRelated(list, 'current', {exclude: 'story'})).sort()).to.deep.equal(['a', 'h']);
  });

  it('prefers the newer of two equally related articles (mild recency)', () => {
    const list = [
      item('old', {tags: ['Rail'], published: new Date('2025-06-01')}),
      item('new', {tags: ['Rail'], published: new Date('2026-01-28')}),
      item('current', {tags: ['Rail']}),
      ...['x', 'y', 'z'].map((id) => item(id, {tags: ['Culture']})),
    ];
    const [first, second] = rankRelated(list, 'current', {now: NOW});
    expect([first.item.id, second.item.id]).to.deep.equal(['new', 'old']);
    expect(second.score / first.score).to.be.within(0.8, 0.95);
  });

  it('weighs rare shared tags above common ones', () => {
    const list = [
      ...Array.from({length: 6}, (_, i) => item(`common-${i}`, {tags: ['Morocco']})),
      item('rare', {tags: ['Morocco', 'Desalination'], published: new Date('2025-01-01')}),
      item('common', {tags: ['Morocco', 'Politics'], published: new Date('2026-01-28')}),
      item('current', {tags: ['Morocco', 'Desalination', 'Politics']}),
    ];
    // "Politics" appears twice, "Desalination" twice; make Politics common too.
    list.push(item('politics-2', {tags: ['Politics']}), item('politics-3', {tags: ['Politics']}));
    expect(ids(rankRelated(list, 'current', {now: NOW}))[0]).to.equal('rare');
  });

  it('lets a section tag on a quarter of the feed add little: the story about the same stadium comes first', () => {
    const sport = Array.from({length: 20}, (_, i) => item(`athletics-${i}`, {title: `Athlétisme : record du meeting numéro ${i}`, tags: ['Sport'], language: 'fr'}));
    const others = Array.from({length: 60}, (_, i) => item(`other-${i}`, {title: `Actualité régionale ${i} : la semaine à Oujda`, tags: ['Régions'], language: 'fr'}));
    const list = [
      ...sport,
      ...others,
      item('cost', {title: 'Mondial 2030 : le coût du grand stade de Benslimane', tags: ['Économie'], language: 'fr'}),
      item('current', {title: 'Coupe du monde 2030 : le grand stade de Benslimane sort de terre', tags: ['Sport'], language: 'fr'}),
    ];
    const ranked = rankRelated(list, 'current', {now: NOW});
    expect(ranked[0].item.id).to.equal('cost');
    // The tag alone gives the athletics stories less than half what a rare one would (0.5).
    expect(ranked[1].score).to.be.lessThan(0.25);
  });

  it('makes nothing related by a tag on (nearly) every item (a WordPress site-wide category), in a feed of 10 or 30', () => {
    for (const length of [10, 30]) {
      const list = Array.from({length}, (_, i) => item(`n${i}`, {title: `story${i}`, tags: i % 5 ? ['أخبار'] : ['أخبار', 'رياضة']}));
      expect(rankRelated(list, 'n1', {now: NOW}).map((r) => r.related), `${length} items`).to.deep.equal([false, false, false, false]);
      // The section's tag still relates its articles.
      expect(rankRelated(list, 'n0', {now: NOW, limit: 1})[0].related, `${length} items`).to.equal(true);
    }
  });

  it('still counts a rare shared tag alone as related', () => {
    const list = [
      ...Array.from({length: 20}, (_, i) => item(`n${i}`, {tags: [`topic-${i}`]})),
      item('mawazine', {tags: ['Mawazine']}),
      item('current', {tags: ['Mawazine']}),
    ];
    const [first] = rankRelated(list, 'current', {now: NOW});
    expect([first.item.id, first.related]).to.deep.equal(['mawazine', true]);
  });

  it('never recommends the current article under another address, nor one article twice', () => {
    const tram = 'ترامواي الرباط يصل إلى تمارة';
    const casa = 'ترامواي الدار البيضاء: الخط الرابع';
    const list = [
      item('current', {url: 'https://site.ma/ar/tram-rabat/', title: tram, language: 'ar'}),
      item('copy', {url: 'http://site.ma/ar/tram-rabat/?utm_source=rss', title: tram, language: 'ar'}),
      item('www', {url: 'https://www.site.ma/ar/tram-rabat', title: tram, language: 'ar'}),
      item('casa', {url: 'https://site.ma/ar/tram-casa/', title: casa, language: 'ar'}),
      item('casa-again', {url: 'https://site.ma/ar/tram-casa', title: casa, language: 'ar'}),
      item('port', {url: 'https://site.ma/ar/port/', title: 'ميناء طنجة المتوسط يحطم رقما قياسيا', language: 'ar'}),
    ];
    expect(ids(rankRelated(list, 'https://site.ma/ar/tram-rabat', {now: NOW}))).to.deep.equal(['casa', 'port']);
  });

  it('never recommends a copy of the current article at another address (an AMP page, a dispatch in two sections), nor a story twice', () => {
    const derby = {title: 'Derby : le Raja bat le Wydad', summary: 'Le Raja s’impose 2-1 face au Wydad au stade Mohammed V.', language: 'fr'};
    const coach = {title: 'Le Wydad limoge son entraîneur', summary: 'Le club a annoncé le départ de son entraîneur après le derby.', language: 'fr'};
    const list = [
      item('current', {url: 'https://site.ma/sport/derby-101/', ...derby}),
      item('amp', {url: 'https://site.ma/sport/derby-101/?amp=1', ...derby}),
      item('dispatch', {url: 'https://site.ma/depeches/derby-102/', ...derby}),
      item('coach', {url: 'https://site.ma/sport/coach/', ...coach}),
      item('coach-partner', {url: 'https://partenaire.ma/coach/', ...coach}),
      item('port', {url: 'https://site.ma/eco/port/', title: 'Tanger Med bat un record', summary: 'Le port a traité 10 millions de conteneurs.', language: 'fr'}),
    ];
    const titles = rankRelated(list, 'current', {now: NOW}).map(({item}) => item.title);
    expect(titles).to.have.members([coach.title, 'Tanger Med bat un record']);
    // A column's headline with each day's own summary is each day's article, and so is a daily
    // bulletin whose summary never changes.
    const column = ['lundi', 'mardi', 'mercredi'].map((day, i) => item(`revue-${i}`, {title: 'Revue de presse', summary: `Ce que disent les journaux de ${day}.`, language: 'fr'}));
    expect(ids(rankRelated(column, 'revue-0', {now: NOW}))).to.have.members(['revue-1', 'revue-2']);
    const bulletin = [1, 2, 3, 4].map((day) => item(`meteo-${day}`, {title: 'Bulletin météo', summary: 'Les prévisions pour le Maroc.', published: new Date(Date.UTC(2026, 0, day, 7)), language: 'fr'}));
    expect(ids(rankRelated(bulletin, 'meteo-4', {now: NOW}))).to.deep.equal(['meteo-3', 'meteo-2', 'meteo-1']);
    // A copy filed minutes later, past midnight, is the same article.
    const midnight = [new Date('2026-01-27T23:58:00Z'), new Date('2026-01-28T00:03:00Z')].map((published, i) => item(`copy-${i}`, {...coach, published}));
    const others = list.filter(({title}) => title !== coach.title);
    expect(rankRelated([...others, ...midnight], 'current', {now: NOW}).filter(({item}) => item.title === coach.title)).to.have.length(1);
  });

  it('keeps apart articles at one address with their own headlines: the entries of a live blog, a feed linking every item to its home page', () => {
    const live = ['Coup d’envoi à Rabat', 'But du Maroc', 'Mi-temps', 'Fin du match'].map((title, i) => item(`post-${i}`, {url: `https://site.ma/live-can#post-${i}`, title, language: 'fr'}));
    expect(ids(rankRelated(live, 'post-0', {now: NOW}))).to.have.members(['post-1', 'post-2', 'post-3']);
    const home = ['Le port de Tanger', 'La météo', 'Le budget', 'Le festival', 'Le tram'].map((title, i) => item(`n${i}`, {url: 'https://site.ma/', title, language: 'fr'}));
    expect(rankRelated(home, 'n0', {now: NOW})).to.have.length(4);
  });

  it('never recommends an article at the page\'s own address under another guid and headline (a story updated), when the page is named by its address', () => {
    const tram = (id: string, title: string) => item(id, {url: 'https://casapost.ma/fr/tram/', title, summary: 'La ligne prolongée jusqu’à Sidi Moumen.', language: 'fr'});
    const list = [tram('guid-1', 'Le tramway de Casablanca prolongé'), tram('guid-2', 'Le tramway de Casablanca prolongé (mis à jour)'), item('bus', {title: 'Le bus de Casablanca', language: 'fr'})];
    expect(ids(rankRelated(list, 'https://casapost.ma/fr/tram/', {now: NOW}))).to.deep.equal(['bus']);
    expect(ids(rankRelated(list, 'https://www.casapost.ma/fr/tram?utm_source=x', {now: NOW}))).to.deep.equal(['bus']);
    // Most feeds' ids are their links (RSS permalink guids): the page names its item by both.
    const permalinks = [{...list[0], id: 'https://casapost.ma/fr/tram/'}, {...list[1], id: 'https://casapost.ma/?p=9912'}, list[2]];
    expect(ids(rankRelated(permalinks, 'https://casapost.ma/fr/tram/', {now: NOW}))).to.deep.equal(['bus']);
    // Named by an id that is not its link, items may share an address (a feed linking each to its home page).
    expect(ids(rankRelated(list, 'guid-1', {now: NOW}))).to.include('guid-2');
  });

  it('puts an item without a link (none given, or an unsafe one dropped) after every item with one, related or not: it leads nowhere', () => {
    const list = [
      item('current', {title: 'Tramway de Casablanca', tags: ['Tram']}),
      item('dispatch', {title: 'Tramway de Casablanca en chiffres', tags: ['Tram'], url: undefined}),
      item('meteo', {title: 'Météo'}),
      item('bourse', {title: 'Bourse'}),
    ];
    expect(ids(rankRelated(list, 'current', {now: NOW, limit: 2}))).to.have.members(['meteo', 'bourse']);
    expect(ids(rankRelated(list, 'current', {now: NOW})).at(-1)).to.equal('dispatch');
    // With nothing else left, one is still shown (an app may route by id), the page named by its address too.
    expect(ids(rankRelated(list.slice(0, 2), 'current', {now: NOW}))).to.deep.equal(['dispatch']);
    expect(ids(rankRelated(list, 'https://news.example/current/', {now: NOW})).at(-1)).to.equal('dispatch');
  });

  it('returns at most limit items, never the current one nor one twice, linked ones first, on any small feed with links missing, shared or repeated', () => {
    const urls = ['https://news.example/a/', 'https://news.example/a/?utm_source=x', 'https://news.example/b/', 'https://news.example/p.php?id=1', 'https://news.example/p.php?id=2&ref=home', undefined];
    const anItem = fc.record({id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), url: fc.constantFrom(...urls), title: fc.constantFrom('Tram', 'Tramway de Casablanca', 'ترامواي الدار البيضاء', 'Météo'), tags: fc.subarray(['Tram', 'Météo'])});
    fc.assert(
      fc.property(fc.array(anItem, {maxLength: 8}), fc.constantFrom(...urls.filter(Boolean), 'a', 'c', ''), fc.integer({min: 0, max: 5}), (fields, current, limit) => {
        const list = fields.map((field) => item(field.id, {...field, url: field.url}));
        const found = rankRelated(list, current, {now: NOW, limit}).map((entry) => entry.item);
        const target = findItem(list, current);
        expect(found.length).to.be.at.most(limit);
        expect(new Set(found).size).to.equal(found.length);
        if (target) expect(found).to.not.include(target);
        expect(found.findIndex((entry) => !entry.url) < 0 || found.slice(found.findIndex((entry) => !entry.url)).every((entry) => !entry.url)).to.equal(true);
      }),
      {numRuns: 300},
    );
  });

  it('reads an item dated over 26 hours ahead (a mistyped year, a scheduled post) as undated, not the newest; nearer by its date (a reader west of the site sees the last hours ahead of now)', () => {
    const at = (id: string, published: Date) => item(id, {title: `Chronique ${id}`, published});
    const list = [
      at('typo', new Date('2062-11-26T10:00:00Z')),
      at('scheduled', new Date(NOW.getTime() + 5 * 86_400_000)),
      at('ten-minutes', new Date(NOW.getTime() - 600_000)),
      at('skewed', new Date(NOW.getTime() + 600_000)),
      at('west', new Date(NOW.getTime() + 7 * 3_600_000)),
      at('kiritimati', new Date(NOW.getTime() + 25 * 3_600_000)),
      at('yesterday', new Date(NOW.getTime() - 86_400_000)),
      item('undated', {title: 'Chronique'}),
    ];
    expect(ids(rankRelated(list, undefined, {now: NOW, limit: 8}))).to.deep.equal(['kiritimati', 'west', 'skewed', 'ten-minutes', 'yesterday', 'scheduled', 'typo', 'undated']);
  });

  it('leaves out an article whose headline is written the other way, whatever its feed says', () => {
    // A channel's <language>ar-MA</language> labels its French items too.
    const list = [
      item('fr', {title: 'Casablanca : la ligne 4 du tramway ouvre aux voyageurs', language: 'ar-MA'}),
      item('ar', {title: 'الخط الرابع لترامواي الدار البيضاء', language: 'ar-MA'}),
      item('untagged', {title: 'Le tramway de Casablanca en chiffres'}),
      item('current', {title: 'ترامواي الدار البيضاء يستقبل الركاب', language: 'ar-MA'}),
    ];
    expect(ids(rankRelated(list, 'current', {now: NOW}))).to.deep.equal(['ar']);
    const french = [...list, item('current-fr', {title: 'Le tramway de Casablanca accueille ses voyageurs', language: 'ar-MA'})];
    expect(ids(rankRelated(french, 'current-fr', {now: NOW}))).to.have.members(['fr', 'untagged']);
  });

  it('reads an Arabic article whose headline is mostly Latin (clubs\' names) by its summary too: its edition\'s articles are not "the other way"', () => {
    const ar = (id: string, title: string, summary: string) => item(id, {title, summary, language: 'ar-MA'});
    const list = [
      ar('current', 'Real Madrid vs Manchester City: الموعد', 'موعد مباراة ريال مدريد ومانشستر سيتي والقنوات الناقلة'),
      ar('channels', 'ريال مدريد يستعد لمواجهة مانشستر سيتي', 'القنوات الناقلة لمباراة ريال مدريد'),
      ar('rain', 'أمطار غزيرة في الدار البيضاء', 'نشرة إنذارية من المديرية العامة للأرصاد الجوية'),
      ar('french', 'Le Raja bat le Wydad au derby', 'Le derby de Casablanca remporté par le Raja'),
    ];
    expect(ids(rankRelated(list, 'current', {now: NOW}))).to.deep.equal(['channels', 'rain']);
  });

  it('keeps Arabic headlines that name a brand or a club in Latin letters', () => {
    const list = [
      item('raja', {title: 'الرجاء يفوز على Mamelodi Sundowns FC', language: 'ar-MA'}),
      item('phone', {title: 'هاتف جديد يصل إلى الأسواق المغربية', language: 'ar-MA'}),
      item('fr', {title: 'Le Raja bat Mamelodi Sundowns', language: 'ar-MA'}),
      item('current', {title: 'Samsung Galaxy S26 Ultra يصل إلى المغرب', language: 'ar-MA'}),
    ];
    // The current headline mixes both scripts: its language says which way is expected.
    expect(ids(rankRelated(list, 'current', {now: NOW}))).to.have.members(['raja', 'phone']);
    const match = [...list, item('current-raja', {title: 'الرجاء أمام Mamelodi Sundowns في دوري الأبطال', language: 'ar-MA'})];
    expect(ids(rankRelated(match, 'current-raja', {now: NOW, limit: 1}))).to.deep.equal(['raja']);
  });

  it('weighs tags only where both articles have one telling articles apart: an untagged story of the same match comes first', () => {
    const list = [
      item('current', {title: 'Le Raja remporte le derby face au Wydad', tags: ['Football', 'Raja'], language: 'fr'}),
      // Breaking news goes out untagged.
      item('breaking', {title: 'Les supporters du Raja fêtent la victoire', language: 'fr'}),
      item('league', {title: 'Botola : le classement après la 12e journée', tags: ['Football'], language: 'fr'}),
      item('basket', {title: 'Le FUS de Rabat tient tête au MAS de Fès', tags: ['Basket'], language: 'fr'}),
      ...['Économie', 'Culture', 'Politique', 'Société', 'Monde'].map((tag, i) => item(`n${i}`, {title: `${tag} : la semaine numéro ${i}`, tags: [tag], language: 'fr'})),
    ];
    expect(ids(rankRelated(list, 'current', {now: NOW}))[0]).to.equal('breaking');
    // A site-wide tag alone tells nothing: the words decide, their score not halved by it.
    const sitewide = list.map((entry) => ({...entry, tags: ['Actualités']}));
    const untagged = list.map((entry) => ({...entry, tags: []}));
    expect(rankRelated(sitewide, 'current', {now: NOW})).to.deep.equal(rankRelated(untagged, 'current', {now: NOW}).map((entry) => ({...entry, item: sitewide.find(({id}) => id === entry.item.id)})));
  });

  it('reads one tag written in many ways as one: case, accents, plural, hyphens, apostrophes, a hash, the Arabic article', () => {
    const variants = [['Élections', 'élection'], ['Mondial 2030', 'Mondial-2030'], ["Lions de l'Atlas", 'Lions de l’Atlas'], ['#Maroc', 'Maroc'], ['الانتخابات', 'انتخابات'], ['Rabat-Salé-Kénitra', 'Rabat Salé Kénitra'], ['Vidéo', 'Vidéos']];
    // Not two tags that only share a word: a stop word in a name is part of it.
    const others = [['New York', 'York'], ['Le Monde', 'Monde'], ['Apple Watch', 'Apple'], ['Nuevo León', 'León']];
    for (const [mine, theirs] of [...variants, ...others]) {
      const list = [
        item('current', {title: 'a', tags: [mine]}),
        item('same', {title: 'b', tags: [theirs]}),
        ...Array.from({length: 8}, (_, i) => item(`n${i}`, {title: `c${i}`, tags: [`topic ${i}`]})),
      ];
      const [first] = rankRelated(list, 'current', {now: NOW});
      expect(first.related, `${mine} and ${theirs}`).to.equal(variants.some(([a]) => a === mine));
    }
  });

  it('uses text similarity when the current item has no tags', () => {
    const list = [
      item('a', {title: 'Tram line extension opens in Rabat'}),
      item('b', {title: 'Budget vote delayed in parliament'}),
      item('current', {title: 'Rabat tram extension: first week in numbers'}),
    ];
    const ranked = rankRelated(list, 'current', {now: NOW, limit: 1});
    expect(ids(ranked)).to.deep.equal(['a']);
    expect(ranked[0].related).to.equal(true);
  });

  it('excludes items by id or URL (ignoring query, hash and trailing slash)', () => {
    const list = ['a', 'b', 'c', 'd'].map((id, i) => item(id, {published: new Date(Date.UTC(2026, 0, 10 - i))}));
    const ranked = rankRelated(list, 'a', {now: NOW, exclude: ['b', 'https://news.example/c?utm_source=x#top']});
    expect(ids(ranked)).to.deep.equal(['d']);
    // Scheme and www. aside too.
    expect(ids(rankRelated(list, 'a', {now: NOW, exclude: ['http://www.news.example/c/?fbclid=1']}))).to.deep.equal(['b', 'd']);
  });

  it('excludes by URL without its query only where that names one item: article.php?id=1 is not article.php?id=2', () => {
    // Older CMSes (and the demo) tell articles apart by their query alone.
    const at = (id: string) => item(id, {url: `https://news.example/article.php?id=${id}`});
    const list = ['1', '2', '3', '4'].map(at);
    expect(ids(rankRelated(list, '1', {now: NOW, exclude: ['https://news.example/article.php?id=2']}))).to.have.members(['3', '4']);
    expect(ids(rankRelated(list, '1', {now: NOW, exclude: ['https://news.example/article.php?id=2#comments', '3']}))).to.deep.equal(['4']);
    // Without its query, that URL names them all: none is excluded.
    expect(ids(rankRelated(list, '1', {now: NOW, exclude: ['https://news.example/article.php']}))).to.have.members(['2', '3', '4']);
    // Nor by its query alone when the feed holds no article.php?id=2: ?id=1 is another article.
    expect(ids(rankRelated([at('1'), item('b'), item('c')], 'b', {now: NOW, exclude: ['https://news.example/article.php?id=2']}))).to.have.members(['1', 'c']);
    // One item under it: that one is.
    const tracked = [at('1'), item('story', {url: 'https://news.example/story/'}), at('3')];
    expect(ids(rankRelated(tracked, '1', {now: NOW, exclude: ['https://news.example/story?utm_source=x']}))).to.deep.equal(['3']);
  });

  it('never returns the current article given as an object of its own (another read of the feed), matched by id', () => {
    const list = ['a', 'b', 'c'].map((id, i) => item(id, {published: new Date(Date.UTC(2026, 0, 1 + i))}));
    const current = structuredClone(list[0]);
    expect(ids(rankRelated(list, current, {now: NOW}))).to.deep.equal(['c', 'b']);
  });

  it('returns nothing when the feed has nothing else, and respects limit', () => {
    expect(rankRelated([item('only')], 'only')).to.deep.equal([]);
    const list = Array.from({length: 10}, (_, i) => item(`n${i}`));
    expect(rankRelated(list, 'n0', {limit: 3})).to.have.length(3);
    expect(rankRelated(list, 'n0', {limit: 0})).to.deep.equal([]);
  });

  it('returns the newest items when the current one is unknown', () => {
    const list = ['a', 'b', 'c'].map((id, i) => item(id, {published: new Date(Date.UTC(2026, 0, 1 + i))}));
    const ranked = rankRelated(list, 'https://elsewhere.example/page');
    expect(ids(ranked)).to.deep.equal(['c', 'b', 'a']);
    expect(ranked.every((r) => !r.related)).to.equal(true);
  });

  it('puts the page language first when the current article is unknown, the others only after it', () => {
    // A Moroccan channel declared ar-MA mixing French stories (helper-109's feed), newest first: f1 a2 f3 a4 f5 a6.
    const day = (n: number) => new Date(Date.UTC(2026, 0, 10 - n));
    const list = [
      item('f1', {title: 'Le Maroc accueille la CAN 2025', language: 'ar-MA', published: day(1)}),
      item('a2', {title: 'المنتخب المغربي يستعد لكأس إفريقيا', language: 'ar-MA', published: day(2)}),
      item('f3', {title: 'Casablanca : le tramway prolongé', language: 'fr', published: day(3)}),
      item('a4', {title: 'أمطار غزيرة في طنجة', published: day(4)}),
      item('f5', {title: 'Rabat, capitale africaine de la culture', published: day(5)}),
      item('a6', {title: 'افتتاح ملعب جديد بالرباط', language: 'ar', published: day(6)}),
    ];
    const unknown = 'https://elsewhere.example/old-story';
    expect(ids(rankRelated(list, unknown, {limit: 3, language: 'ar-MA'}))).to.deep.equal(['a2', 'a4', 'a6']);
    // On the French page, f1 comes last of the French: its feed declares it Arabic, which is trusted.
    expect(ids(rankRelated(list, unknown, {limit: 3, language: 'fr'}))).to.deep.equal(['f3', 'f5', 'f1']);
    // Fewer in the page language than the list holds: the newest others fill it.
    expect(ids(rankRelated(list, unknown, {limit: 5, language: 'ar'}))).to.deep.equal(['a2', 'a4', 'a6', 'f1', 'f3']);
    // A page declaring a language the feed is not in (a template left at lang="en") gets the newest, as without one.
    const arabic = list.filter((entry) => entry.id.startsWith('a'));
    expect(ids(rankRelated(arabic, unknown, {language: 'en'}))).to.deep.equal(['a2', 'a4', 'a6']);
    expect(ids(rankRelated(list, unknown, {limit: 3}))).to.deep.equal(['f1', 'a2', 'f3']);
    // `und` (undetermined) declares nothing: an Arabic headline so labelled is the Arabic page's.
    const undetermined = list.map((entry) => (entry.id === 'a2' ? {...entry, language: 'und'} : entry));
    expect(ids(rankRelated(undetermined, unknown, {limit: 3, language: 'ar'}))).to.deep.equal(['a2', 'a4', 'a6']);
    // With the current article known, its own language decides, not the page's.
    expect(ids(rankRelated(list, 'a4', {limit: 2, language: 'fr'})).every((id) => id.startsWith('a'))).to.equal(true);
  });

  it('keeps items without a language when the current item has one', () => {
    const list = [item('x', {language: 'fr'}), item('y'), item('current', {language: 'en-GB'}), item('z', {language: 'en'})];
    expect(ids(rankRelated(list, 'current')).sort()).to.deep.equal(['y', 'z']);
    // `und` (undetermined) declares nothing, as none, also for the current item.
    const undetermined = [...list, item('u', {language: 'und'})];
    expect(ids(rankRelated(undetermined, 'current')).sort()).to.deep.equal(['u', 'y', 'z']);
    expect(ids(rankRelated(undetermined, 'u')).sort()).to.deep.equal(['current', 'x', 'y', 'z']);
  });
});

describe('findItem and urlKeys', () => {
  const list = [item('one', {url: 'https://news.example/2026/one/'}), item('two', {url: 'https://news.example/2026/two?page=1'})];

  it('finds by id, by URL, and by URL without query, hash or trailing slash', () => {
    expect(findItem(list, 'one')?.id).to.equal('one');
    expect(findItem(list, 'https://news.example/2026/one/')?.id).to.equal('one');
    expect(findItem(list, 'https://news.example/2026/one#comments')?.id).to.equal('one');
    expect(findItem(list, 'https://news.example/2026/one?utm_source=newsletter')?.id).to.equal('one');
    expect(findItem(list, 'https://news.example/2026/two/')?.id).to.equal('two');
    expect(findItem(list, 'https://news.example/2026/three')).to.equal(undefined);
    expect(findItem(list, undefined)).to.equal(undefined);
  });

  it('finds the page under parameters its feed\'s address lacks (xtor, srsltid, ref, amp), where they name one item', () => {
    const list = [item('tram', {url: 'https://casapost.ma/article.php?id=101'}), item('bus', {url: 'https://casapost.ma/article.php?id=102'}), item('home', {url: 'https://casapost.ma/'})];
    for (const extra of ['xtor=RSS-3', 'srsltid=AfmBOoq', 'ref=homepage', 'amp=1', 'utm_source=fb&ref=x']) {
      expect(findItem(list, `https://casapost.ma/article.php?id=101&${extra}`)?.id, extra).to.equal('tram');
      expect(ids(rankRelated(list, `https://casapost.ma/article.php?${extra}&id=101`, {now: NOW})), extra).to.not.include('tram');
    }
    // A parameter of the item's own that the page lacks, or another value, names nothing.
    expect(findItem(list, 'https://casapost.ma/article.php?id=103&ref=homepage')).to.equal(undefined);
    // Nor does a page whose telling parameter the feed's items have with other values (a section's page is no article's).
    const section = [item('a', {url: 'https://x.example/a.php?id=1'}), item('sec', {url: 'https://x.example/a.php?cat=sport'})];
    expect(findItem(section, 'https://x.example/a.php?cat=sport&id=7')).to.equal(undefined);
    expect(findItem(section, 'https://x.example/a.php?cat=sport&page=2')?.id).to.equal('sec');
  });

  it('does not guess when only the query tells two items apart', () => {
    const pages = [item('a', {url: 'https://x.example/article?id=a'}), item('b', {url: 'https://x.example/article?id=b'})];
    expect(findItem(pages, 'https://x.example/article?id=b')?.id).to.equal('b');
    expect(findItem(pages, 'https://x.example/article?id=c')).to.equal(undefined);
  });

  it('reads each address once, however many refs share a path with many items (a feed linking every item to its home page)', () => {
    const home = Array.from({length: 400}, (_, i) => item(`h${i}`, {url: 'https://a.example/p'}));
    const refs = Array.from({length: 400}, (_, i) => `https://www.a.example/p?q=${i}`);
    const Original = window.URL;
    let parsed = 0;
    window.URL = class extends Original {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        parsed++;
      }
    };
    let ranked: ReturnType<typeof rankRelated>;
    try {
      ranked = rankRelated(home, undefined, {exclude: refs, limit: 3});
    } finally {
      window.URL = Original;
    }
    // No ref names one item: ?q=0 of a page whose items have no query names none of them.
    expect(ranked!).to.have.length(3);
    expect(parsed, 'addresses parsed').to.be.below(2 * (home.length + refs.length));
  });

  it('reads a link of a thousand tracking parameters at once, not one parameter at a time', () => {
    // Each delete rewrote the whole query: 200 such links took 16 s in Node before the list's first pause.
    const tracked = (i: number) => `https://news.example/${i}?${Array.from({length: 1_000}, (_, n) => `utm_${n}=`).join('&')}&id=${i}`;
    expect(urlKeys(tracked(7))).to.deep.equal({full: 'news.example/7?id=7', path: 'news.example/7'});
    const feed = Array.from({length: 200}, (_, i) => item(`t${i}`, {url: tracked(i)}));
    expect(findItem(feed, 'https://news.example/199?id=199&utm_source=x')?.id).to.equal('t199');
  });

  it('drops a path\'s final slashes however many, and keeps a run of them inside it (walked back from the end: a regular expression took 33 ms for 8,000)', () => {
    expect(urlKeys(`https://www.news.example/x${'/'.repeat(8_000)}`)?.path).to.equal('news.example/x');
    expect(urlKeys(`https://news.example/${'/'.repeat(8_000)}b//`)?.path).to.equal(`news.example/${'/'.repeat(8_000)}b`);
    expect(urlKeys('https://news.example/')?.path).to.equal('news.example');
  });

  it('normalizes URLs', () => {
    expect(urlKeys('https://News.Example/a/b///?q=1#h')).to.deep.equal({full: 'news.example/a/b?q=1', path: 'news.example/a/b'});
    expect(urlKeys('https://news.example/')).to.deep.equal({full: 'news.example', path: 'news.example'});
    // Scheme, www., tracking parameters, the others' order and the case of percent escapes aside.
    const wordpress = 'http://www.site.ma/ar/%d8%aa%d8%b1%d8%a7%d9%85/?utm_source=rss&b=2&fbclid=x&a=1';
    expect(urlKeys(wordpress)).to.deep.equal(urlKeys('https://site.ma/ar/ترام?a=1&b=2'));
    expect(urlKeys('https://site.ma/ar/ترام?a=1&b=2')?.full).to.equal('site.ma/ar/%D8%AA%D8%B1%D8%A7%D9%85?a=1&b=2');
    expect(urlKeys('data:text/plain,hi')).to.equal(undefined);
    expect(urlKeys('ftp://news.example/a')).to.equal(undefined);
  });

  it('finds the page under the address a feed wrote otherwise (http, www., utm_source, percent escapes)', () => {
    const feed = [item('tram', {url: 'http://www.site.ma/ar/%d8%aa%d8%b1%d8%a7%d9%85/?utm_source=rss'}), item('other', {url: 'https://site.ma/ar/other/'})];
    expect(findItem(feed, 'https://site.ma/ar/ترام')?.id).to.equal('tram');
    expect(findItem(feed, 'https://site.ma/ar/other?fbclid=abc')?.id).to.equal('other');
  });
});

describe('Arabic normalization and tokens', () => {
  const cases: [string, string][] = [
    ['أحمد', 'احمد'], // hamza above alef
    ['إسلام', 'اسلام'], // hamza below alef
    ['آمال', 'امال'], // alef madda
    ['ٱلكتاب', 'الكتاب'], // alef wasla
    ['مُبَارَاةٌ', 'مباراه'], // harakat, tanwin, taa marbuta
    ['المـغـرب', 'المغرب'], // tatweel
    ['مستشفى', 'مستشفي'], // alef maqsura
    ['مؤتمر', 'موتمر'], // hamza on waw
    ['رئيس', 'رييس'], // hamza on ya
    ['الشّمس', 'الشمس'], // shadda
    ['أڭادير', 'اكادير'], // Maghrebi gaf
    ['أݣادير', 'اكادير'], // Maghrebi gaf, as Morocco's standard (Unicode's Arabic Supplement) writes it
    ['کرة', 'كره'], // Persian kaf
    ['٢٠٣٠', '2030'], // Arabic-Indic digits
    ['۲۰۳۰', '2030'], // Eastern Arabic-Indic digits
  ];
  for (const [input, expected] of cases) {
    it(`folds ${input} to ${expected}`, () => expect(foldText(input)).to.equal(expected));
  }

  it('strips the article and stop words', () => {
    expect(terms('والمغرب في الدار البيضاء', 'ar')).to.deep.equal(['مغرب', 'دار', 'بيضاء']);
    expect(terms('لقد تحدث أيضا كذلك حول مونديال 2030', 'ar')).to.deep.equal(['تحدث', 'مونديال', '2030']);
  });

  it('drops the words of headline formulas, which make any two explainers or videos alike', () => {
    expect(terms('Ce qu’il faut savoir sur la loi de finances', 'fr')).to.deep.equal(['loi', 'finance']);
    expect(terms('Watch: what to know about the Rabat tram', 'en')).to.deep.equal(['rabat', 'tram']);
    expect(terms('Las claves del Mundial 2030 en vídeo', 'es')).to.deep.equal(['mundial', '2030']);
    expect(terms('عاجل بالفيديو تفاصيل زلزال الحوز', 'ar')).to.deep.equal(['زلزال', 'حوز']);
  });

  it('reads text labelled `und` (undetermined) as text of no language, in every engine', () => {
    // V8 reads the subtag of `und` as none, Firefox as `und`: either way, as without a label.
    expect(terms('L’avion d’Air Maroc', 'und')).to.deep.equal(['avion', 'air', 'maroc']);
    expect(terms('L’avion d’Air Maroc')).to.deep.equal(['avion', 'air', 'maroc']);
  });

  it('drops stop words ("new" too) behind the article or a conjunction, and keeps the name علي apart from على', () => {
    expect(terms('والتي والذين الجديد جديدة الي حتي', 'ar')).to.deep.equal([]);
    // Not a word whose rest only looks like one (فلم, a film, is no ف + لم), nor العام, general.
    expect(terms('فلم فهم النائب العام', 'ar')).to.deep.equal(['فلم', 'فهم', 'نايب', 'عام']);
    expect(terms('Un nouveau stade, une nouvelle ligne', 'fr')).to.deep.equal(['stade', 'ligne']);
    expect(terms('علي بن علي على الموعد', 'ar')).to.deep.equal(['علي', 'بن', 'علي', 'موعد']);
    expect(terms('مستشفى', 'ar')).to.deep.equal(['مستشفي']);
  });

  it('takes the article off a short word where two letters stay (الحج, للحج, بالحج, والحج), and keeps والي, a governor', () => {
    expect(terms('شاهد الفيديو: الحج', 'ar')).to.deep.equal(['حج']);
    expect(terms('الحج للحج بالحج والحج', 'ar')).to.deep.equal(['حج', 'حج', 'حج', 'حج']);
    expect(terms('والي بنك المغرب الوالي', 'ar')).to.deep.equal(['والي', 'بنك', 'مغرب', 'والي']);
  });

  it('meets a word that begins with ال itself with its article, its hamza written or not (ألعاب, الألعاب, العاب, الالعاب; التزام, الالتزام)', () => {
    // The article came off once: ألعاب was عاب, الألعاب العاب; التزام تزام, الالتزام التزام.
    for (const group of [
      'ألعاب الألعاب العاب الالعاب للألعاب بالألعاب',
      'التزام الالتزام بالالتزام والالتزام',
      'إلكترونية الإلكترونية الالكترونية الكترونية',
      'آلاف الآلاف الاف الالاف',
    ]) {
      const found = terms(group, 'ar');
      expect(found, group).to.have.length(group.split(' ').length);
      expect(new Set(found).size, `${group}: ${found.join(' ')}`).to.equal(1);
    }
    // Stop words stay stop words, with their hamza or without; الآلية goes as آلية does (اليه, إليه without its hamza).
    expect(terms('إلى الى إليه اليه إلا الا آلية الآلية', 'ar')).to.deep.equal([]);
    expect(terms('اللغة لغة الله', 'ar')).to.deep.equal(['لغه', 'لغه', 'له']);
  });

  it('takes the conjunction و off long words, with the article too', () => {
    expect(terms('ومراكش ومكناس', 'ar')).to.deep.equal(['مراكش', 'مكناس']);
    expect(terms('الولايات ولايات', 'ar')).to.deep.equal(['لايات', 'لايات']);
    // A short word keeps its و: وزير (minister) is no و + زير, وزارة no و + زارة.
    expect(terms('وزير وزارة', 'ar')).to.deep.equal(['وزير', 'وزاره']);
  });

  it('matches a short word with the conjunction when the feed has the word alone (وفاس, فاس)', () => {
    const list = [
      item('fes', {title: 'مهرجان الموسيقى الروحية يعود إلى فاس', language: 'ar'}),
      item('other', {title: 'افتتاح معرض الكتاب بالرباط', language: 'ar'}),
      item('current', {title: 'أمطار غزيرة في مكناس وفاس', language: 'ar'}),
    ];
    const [first] = rankRelated(list, 'current', {now: NOW});
    expect(first.item.id).to.equal('fes');
    expect(first.related).to.equal(true);
  });

  /** rankRelated under the Arabic article `current`, in a feed of it, `other` and one unrelated to both. */
  const under = (current: string, other: string) =>
    rankRelated(
      [item('other', {title: other, language: 'ar'}), item('x', {title: 'الحكومة تصادق على الميزانية', language: 'ar'}), item('current', {title: current, language: 'ar'})],
      'current',
      {now: NOW},
    );

  it('leaves a word whose first letter only looks like ب, ل, ك or ف glued on (فكرة and كرة, بطاقة and طاقة, بلدية and لديه)', () => {
    for (const [word, other] of [
      ['فكرة جديدة للشباب', 'كرة القدم المغربية'],
      ['البطاقة الوطنية الجديدة', 'الطاقة الشمسية في ورزازات'],
      ['بلدية طنجة تعلن', 'لديه موعد مع الحكومة'],
    ]) {
      expect(under(word, other).map((r) => r.related), word).to.deep.equal([false, false]);
    }
  });

  /** Under the Arabic article `current`, `other` comes first, and as related. */
  const expectRelatedFirst = (current: string, other: string) => {
    const [first] = under(current, other);
    expect([first.item.id, first.related], `${current} / ${other}`).to.deep.equal(['other', true]);
  };

  it('matches a word that begins with ال itself with its article, its hamza written or not (الألعاب and ألعاب, الالتزام and التزام)', () => {
    for (const [current, other] of [
      ['المغرب يستعد لدورة الألعاب الأولمبية', 'ألعاب باريس: حصيلة المشاركة المغربية'],
      ['الالعاب الاولمبية: المغرب يستعد', 'ألعاب باريس: حصيلة المشاركة المغربية'],
      ['الالتزام البيئي في طنجة', 'التزام جديد بالطاقة النظيفة'],
    ]) {
      expectRelatedFirst(current, other);
    }
  });

  it('matches a word with ب, ل, ك or ف glued to it when the feed has the word alone (بأكادير, لأكادير, وبمراكش)', () => {
    for (const [glued, bare] of [
      ['السياح يتوافدون بأكادير', 'ميناء جديد في أكادير'],
      ['لأكادير موعد مع مهرجان تيميتار', 'مهرجان تيميتار في أكادير'],
      ['وبمراكش افتتاح المعرض', 'معرض الكتاب في مراكش'],
    ]) {
      expectRelatedFirst(bare, glued);
    }
  });

  it('takes at most three letters off a word, so a hand-built word of 10,000 of them is ranked (it overflowed the stack)', () => {
    const chain = 'وب'.repeat(5_000);
    const ranked = rankRelated(
      [item('long', {title: `${chain}مراكش`, language: 'ar'}), item('x', {title: 'معرض الكتاب في مراكش', language: 'ar'}), item('current', {title: `${chain}مراكش`, language: 'ar'})],
      'current',
      {now: NOW},
    );
    expect(ranked.map((r) => [r.item.id, r.related])).to.deep.equal([
      ['long', true],
      ['x', false],
    ]);
  });

  it('matches a short name with ب, ل, ك or ف glued to it in an article tagged with the name (بطنجة, لغزة, بمصر)', () => {
    for (const [glued, bare, tag] of [
      ['حريق في سوق شعبي بطنجة', 'طنجة تستضيف مهرجان السينما', 'طنجة'],
      ['قافلة مساعدات لغزة', 'قصف جديد على غزة', 'غزة'],
      ['ارتفاع أسعار الوقود بمصر', 'مصر تفوز بكأس أفريقيا', 'مصر'],
    ]) {
      const other = (tags: string[]) =>
        rankRelated(
          [
            item('other', {title: glued, language: 'ar', tags}),
            item('x', {title: 'الحكومة تصادق على الميزانية', language: 'ar'}),
            item('current', {title: bare, language: 'ar'}),
          ],
          'current',
          {now: NOW},
        ).find((r) => r.item.id === 'other')!;
      expect(other([tag]).related, `${glued}, tagged ${tag}`).to.equal(true);
      expect(other([]).related, `${glued}, not tagged`).to.equal(false);
    }
  });

  it('leaves بطاقة (card) apart from طاقة (energy) in an article not tagged طاقة, though another is', () => {
    const ranked = rankRelated(
      [
        item('card', {title: 'بطاقة حمراء في مباراة الديربي', language: 'ar', tags: ['رياضة']}),
        item('energy', {title: 'أسعار الطاقة ترتفع', language: 'ar', tags: ['طاقة']}),
        item('x', {title: 'الحكومة تصادق على الميزانية', language: 'ar'}),
        item('current', {title: 'طاقة الرياح تنتج الكهرباء', language: 'ar'}),
      ],
      'current',
      {now: NOW},
    );
    expect(ranked.find((r) => r.item.id === 'card')!.related).to.equal(false);
    expect(ranked.find((r) => r.item.id === 'energy')!.related, 'the energy story, by its tag and word').to.equal(true);
  });

  it('matches Moroccan spellings, conjunctions and digits across articles', () => {
    const list = [
      item('match', {title: 'أكادير تستعد لاستضافة مباريات مونديال 2030', language: 'ar'}),
      item('other', {title: 'افتتاح معرض الكتاب بالرباط', language: 'ar'}),
      item('current', {title: 'وأڭادير جاهزة لمونديال ٢٠٣٠', language: 'ar'}),
    ];
    const [first, second] = rankRelated(list, 'current', {now: NOW});
    expect(first.item.id).to.equal('match');
    expect(first.related).to.equal(true);
    expect(second.related).to.equal(false);
  });

  it('matches articles that differ only in spelling variants', () => {
    const list = [
      item('variant', {title: 'الامطار الغزيره تغرق شوارع طنجه', language: 'ar'}),
      item('other', {title: 'افتتاح معرض الكتاب بالرباط', language: 'ar'}),
      item('current', {title: 'الأمطارُ الغزيرةُ تُغرق شوارعَ طنجة', language: 'ar'}),
    ];
    const [first, second] = rankRelated(list, 'current', {now: NOW});
    expect(first.item.id).to.equal('variant');
    expect(first.related).to.equal(true);
    expect(second.related).to.equal(false);
  });
});

describe('Latin tokens', () => {
  it('folds French and Spanish accents and drops elision and stop words', () => {
    expect(terms('L’économie de Fès et la météo', 'fr')).to.deep.equal(['economie', 'fes', 'meteo']);
    expect(terms('La economía de Tánger según el Banco', 'es')).to.deep.equal(['economia', 'tanger', 'banco']);
    expect(terms("The city's trams and the buses", 'en')).to.deep.equal(['city', 'tram', 'buse']);
  });

  it('meets Spanish plurals in -es with their singular, after an i too (marroquíes, marroquí), and a short one (pies, pie)', () => {
    const pairs = terms('elecciones elección ciudades ciudad países país clases clase intereses interés franceses francés meses mes marroquíes marroquí iraníes iraní series serie pies pie aves ave', 'es');
    for (let i = 0; i < pairs.length; i += 2) expect(pairs[i], pairs[i + 1]).to.equal(pairs[i + 1]);
    expect(pairs).to.have.length(24);
    // A three-letter word loses a final e alone, not -es: mes (a month) is no m.
    expect(terms('mes red sol', 'es')).to.deep.equal(['mes', 'red', 'sol']);
  });

  it('drops French elision and the English possessive in text of no declared language', () => {
    expect(terms("L'économie d'Agadir et Morocco's ports")).to.deep.equal(['economie', 'agadir', 'morocco', 'port']);
  });

  it('matches accented and unaccented spellings', () => {
    const list = [
      item('plain', {title: 'Economie: le port de Tanger Med bat un record', language: 'fr'}),
      item('other', {title: 'Festival du film de Marrakech', language: 'fr'}),
      item('current', {title: 'Économie : Tanger Med, premier port d’Afrique', language: 'fr'}),
    ];
    expect(ids(rankRelated(list, 'current', {now: NOW, limit: 1}))).to.deep.equal(['plain']);
  });
});

describe('termsRemembered', () => {
  // Letters upper and lower case, accented, Turkish İ, Arabic with its marks, tatweel and
  // letter forms, both kinds of Arabic digits, and the characters that join or split words.
  const char = fc.constantFrom(...'aBzZéÉİıßẞŒœçñÑǅạḌ 3٣۴.,\'’·-\nابتلوأإآٱؤئةىیکڭگيَُِّـٰۖ');
  const text = fc.array(char, {maxLength: 40}).map((chars) => chars.join(''));
  const language = fc.constantFrom(undefined, 'en', 'fr', 'es', 'ar', 'ar-MA');

  it('gives the terms of every text as terms() does, remembering words across texts', () => {
    const known = new Map<string, Map<string, string[]>>();
    fc.assert(
      fc.property(text, language, (written, lang) => {
        const remembered = known.get(lang ?? '') ?? known.set(lang ?? '', new Map()).get(lang ?? '')!;
        expect(termsRemembered(written, lang, remembered)).to.deep.equal(terms(written, lang));
      }),
      {numRuns: 20_000},
    );
    expect([...known.values()].reduce((sum, words) => sum + words.size, 0), 'words remembered').to.be.greaterThan(1_000);
  });

  it('folds a Turkish İ alike whatever else the text holds', () => {
    expect(terms('İstanbul', 'en')).to.deep.equal(['istanbul']);
    expect(terms('İstanbul é', 'en')).to.deep.equal(['istanbul']);
  });
});

describe('words', () => {
  it('finds the same words as Intl.Segmenter for English, French, Spanish and Arabic', async () => {
    const texts: [string, string][] = [];
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      const feed = parseFeed(await (await fetch(`/demo/feeds/${lang}.json`)).text(), location.href);
      for (const i of feed.items) texts.push([lang, `${i.title} ${i.summary ?? ''} ${i.contentText ?? ''}`]);
    }
    texts.push(['en', 'It’s 13.1 °C, 1,500 people; e.g. Sunday’s match at 9 p.m. — O’Brien’s co-op, www.x.com'], ['fr', 'aujourd’hui l’État, 3,5 % à 20h30']);
    expect(texts.length).to.be.greaterThan(56);
    // Chromium's and WebKit's segmenters (ICU) split letters joined by a full stop ("p.m" →
    // "p", "m"), and so does words(), in every engine; Firefox's (ICU4X) keeps them together.
    // Where the engine's segmenter keeps them, split its words there before comparing.
    const joinsAtStops = [...new Intl.Segmenter('en', {granularity: 'word'}).segment('p.m')].length === 1;
    const atStops = (list: string[]) => (joinsAtStops ? list.flatMap((word) => word.split(/(?<=\p{L})\.(?=\p{L})/u)) : list);
    // WebKit's segmenter does not call numbers word-like ("60" has isWordLike false), though
    // they are words to UAX #29 and to the other engines (nor "و60"): take them as words there too.
    const numbersAreWords = [...new Intl.Segmenter('en', {granularity: 'word'}).segment('60')][0].isWordLike;
    const isWord = (s: Intl.SegmentData) => s.isWordLike || (!numbersAreWords && /\p{N}/u.test(s.segment));
    for (const [lang, text] of texts) {
      const segmenter = new Intl.Segmenter(lang, {granularity: 'word'});
      const expected = [...segmenter.segment(text)].filter(isWord).map((s) => s.segment);
      expect(words(text, lang), text.slice(0, 40)).to.deep.equal(atStops(expected));
    }
    expect(words('at 9 p.m. on the U.N. site', 'en')).to.deep.equal(['at', '9', 'p', 'm', 'on', 'the', 'U', 'N', 'site']);
  });

  it('counts, without a dictionary, the words it finds; none for text mostly written without spaces', async () => {
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      const feed = parseFeed(await (await fetch(`/demo/feeds/${lang}.json`)).text(), location.href);
      for (const i of feed.items) {
        const text = `${i.title} ${i.summary ?? ''} ${i.contentText ?? ''}`;
        expect(countWords(text), text.slice(0, 40)).to.equal(words(text, lang).length);
      }
    }
    expect(countWords('港口扩建开放了新码头')).to.equal(undefined);
    // A name quoted in Chinese inside French text does not stop the count: it is one word.
    expect(countWords('Un article en français sur (习近平) et la COP30')).to.equal(9);
    // Linear whatever the text: a long run without a word is read once (a backtracking pattern took seconds).
    expect(countWords('-'.repeat(200_000))).to.equal(0);
    expect(countWords(`${'🙂'.repeat(100_000)} mot`)).to.equal(1);
  });

  it('uses the segmenter’s dictionaries for scripts without spaces', () => {
    expect(words('東京で雨が降る', 'ja').length).to.be.greaterThan(2);
    expect(words('ฝนตกหนักในกรุงเทพ', 'th').length).to.be.greaterThan(2);
  });
});

describe('rankRelated on items that did not come from parseFeed (helper-162)', () => {
  it('ranks a feed kept as JSON (a server\'s cache) as the feed itself, and returns the objects it was given', async () => {
    const text = await (await fetch(fixture('related-quality.json'))).text();
    const {items} = parseFeed(text, fixture('related-quality.json'));
    const kept = JSON.parse(JSON.stringify(items)) as NewsItem[];
    expect(typeof kept[0].published, 'a date as text, as JSON writes it').to.equal('string');
    for (const current of [items[0], items[7], items[20]]) {
      const ranked = rankRelated(kept, current.url!, {now: NOW});
      expect(ids(ranked), current.id).to.deep.equal(ids(rankRelated(items, current.url!, {now: NOW})));
      for (const entry of ranked) expect(kept.includes(entry.item), 'one of the objects given').to.equal(true);
    }
    const byObject = rankRelated(kept, kept[3], {now: NOW});
    expect(ids(byObject)).to.deep.equal(ids(rankRelated(items, items[3], {now: NOW})));
  });

  it('ranks a page\'s own rows: no tags or authors, numbers for ids, for the current article and for tags', () => {
    const rows = [
      {id: 12, url: 'https://news.example/12', title: 'Rain floods Tangier streets', tags: [7, 'Weather']},
      {id: 13, url: 'https://news.example/13', title: 'Tangier streets flooded again by rain'},
      {id: 14, url: 'https://news.example/14', title: 'Raja wins the derby'},
    ] as unknown as NewsItem[];
    const ranked = rankRelated(rows, 12 as unknown as string, {now: NOW});
    expect(ranked.map((entry) => entry.item)).to.deep.equal([rows[1], rows[2]]);
    expect(ranked[0].related).to.equal(true);
    // The current article given as an object without its headline: named by its id, or its address.
    for (const current of [{id: 12}, {url: 'https://news.example/12'}]) {
      const list = rankRelated(rows, current as unknown as NewsItem, {now: NOW}).map((entry) => entry.item);
      expect(list.includes(rows[0]), JSON.stringify(current)).to.equal(false);
    }
  });

  it('ranks a page\'s objects as their JSON copies: read as the elements read them (a language tag, blank and extra tags, an invisible headline) (helper-164)', () => {
    const base = (id: string, fields: Record<string, unknown>) => ({id, url: `https://news.example/${id}`, title: `Story ${id}`, authors: [], tags: [], published: new Date(NOW.getTime() - Number(id.replace(/\D/g, '') || 1) * 3_600_000), ...fields});
    const cases: Record<string, unknown[]> = {
      'a language tag written en_US': [base('1', {language: 'fr', title: 'Grève des trains'}), base('2', {language: 'en_US', title: 'Rail strike'}), base('3', {language: 'fr', title: 'Grève des trains, suite'})],
      'a blank tag': [base('1', {tags: [' ']}), base('2', {tags: [' ']}), base('3', {tags: ['Rail']})],
      'more than 20 tags': [base('1', {tags: Array.from({length: 25}, (_, i) => `t${i}`)}), base('2', {tags: ['t24']}), base('3', {tags: ['t0']})],
      'an invisible headline': [base('1', {}), base('2', {title: '\u200b'}), base('3', {})],
    };
    for (const [name, rows] of Object.entries(cases)) {
      const copy = JSON.parse(JSON.stringify(rows)) as NewsItem[];
      expect(ids(rankRelated(rows as NewsItem[], '1', {now: NOW})), name).to.deep.equal(ids(rankRelated(copy, '1', {now: NOW})));
    }
  });

  it('ranks a page\'s object again after a tag is pushed into its tags, as a store does (helper-166)', () => {
    const rows = [
      {id: '1', url: 'https://news.example/1', title: 'Rates held', tags: ['Economy']},
      {id: '2', url: 'https://news.example/2', title: 'Derby tonight', tags: ['Sport']},
      {id: '3', url: 'https://news.example/3', title: 'Port traffic', tags: ['Ports']},
    ] as unknown as NewsItem[];
    expect(ids(rankRelated(rows, '1', {now: NOW, limit: 1}))[0]).to.not.equal('3');
    (rows[2].tags as string[]).push('Economy');
    expect(ids(rankRelated(rows, '1', {now: NOW, limit: 1}))).to.deep.equal(['3']);
    // Tags are read, and compared, as far as a feed's are: a sparse array of 100 million is no copy of 100 million (helper-167).
    (rows[1] as {tags: string[]}).tags = Object.assign(['Sport'], {length: 100_000_000});
    for (let i = 0; i < 2; i++) expect(ids(rankRelated(rows, '1', {now: NOW, limit: 1}))).to.deep.equal(['3']);
  });

  it('excludes items named by numbers, or by an id written with spaces around it (helper-164)', () => {
    const rows = [1, 2, 3, 4].map((n) => ({id: n, url: `https://news.example/${n}`, title: `Rain in Tangier ${n}`})) as unknown as NewsItem[];
    const shown = (exclude: unknown) => rankRelated(rows, 1 as unknown as string, {now: NOW, exclude: exclude as string[]}).map((entry) => (entry.item as unknown as {id: number}).id);
    expect(shown([2])).to.deep.equal([3, 4]);
    expect(shown(2)).to.deep.equal([3, 4]);
    expect(shown([' 3 '])).to.deep.equal([2, 4]);
  });

  it('never throws on items of any shape', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), {maxLength: 3}), fc.date({noInvalidDate: false}));
    const anItem = fc.oneof(
      fc.record({id: value, url: value, title: value, summary: value, tags: value, authors: value, published: value, language: value}, {requiredKeys: []}),
      value,
    );
    fc.assert(
      fc.property(fc.array(anItem, {maxLength: 8}), fc.oneof(value, anItem), fc.oneof(value, fc.constant(undefined)), (rows, current, exclude) => {
        const ranked = rankRelated(rows as unknown as NewsItem[], current as unknown as string, {now: NOW, exclude: exclude as string[]});
        for (const entry of ranked) expect(rows.includes(entry.item as never), 'one of the objects given').to.equal(true);
      }),
    );
  });

  it('pauses after each of a page\'s own rows it reads, before ranking them (5,000 held the main thread 80 ms)', () => {
    // Rows kept as JSON (dates as text, no tags): read anew, one by one.
    const rows = Array.from({length: 300}, (_, i) => ({id: `r${i}`, url: `https://news.example/${i}`, title: `Row ${i} about the port`, published: '2026-12-01T10:00:00Z'}));
    const asRows = pausesOf(rankingSteps(rows as unknown as NewsItem[], 'r0', {limit: 3}));
    const asItems = pausesOf(rankingSteps(parseFeed({version: 'https://jsonfeed.org/version/1.1', title: 'x', items: rows}).items, 'r0', {limit: 3}));
    expect(asRows.value).to.have.length(3);
    expect(asRows.value.map(({item}) => item.id)).to.deep.equal(asItems.value.map(({item}) => item.id));
    expect(asRows.pauses - asItems.pauses, 'pauses to read the rows').to.be.at.least(rows.length);
  });
});
