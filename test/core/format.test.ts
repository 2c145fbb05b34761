import {expect} from '@open-wc/testing';
import {formatArticleDate, isRelative} from '../../src/core/format.js';

const now = Date.parse('2026-01-16T12:00:00Z');
const ago = (ms: number) => new Date(now - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatArticleDate', () => {
  const cases: [string, Date, string, string][] = [
    ['en', ago(10_000), 'now', 'within a minute'],
    ['en', ago(5 * MIN), '5 minutes ago', 'minutes'],
    ['en', ago(3 * HOUR), '3 hours ago', 'hours'],
    ['en', ago(DAY + HOUR), 'yesterday', 'one day'],
    ['en', ago(6 * DAY), '6 days ago', 'days under a week'],
    ['en', ago(8 * DAY), 'Jan 8, 2026', 'absolute after a week'],
    ['en', new Date(now + 2 * MIN), 'in 2 minutes', 'a little in the future'],
    ['fr', ago(3 * HOUR), 'il y a 3 heures', 'French'],
    ['es', ago(3 * HOUR), 'hace 3 horas', 'Spanish'],
    ['fr', ago(30 * DAY), '17 déc. 2025', 'French absolute'],
    ['ar-MA', ago(3 * HOUR), 'قبل 3 ساعات', 'Arabic (Morocco)'],
    ['ar-EG', ago(3 * HOUR), 'قبل ٣ ساعات', 'Arabic (Egypt) digits'],
    ['ar-MA', ago(2 * HOUR), 'قبل ساعتين', 'Arabic dual'],
    ['ar-MA', ago(11 * HOUR), 'قبل 11 ساعة', 'Arabic "many"'],
  ];
  for (const [locale, date, expected, name] of cases) {
    it(`${name}: ${expected}`, () => {
      expect(formatArticleDate(date, locale, now)).to.equal(expected);
    });
  }

  it('is relative under seven days only', () => {
    expect(isRelative(ago(7 * DAY - 1), now)).to.equal(true);
    expect(isRelative(ago(7 * DAY), now)).to.equal(false);
  });
});
