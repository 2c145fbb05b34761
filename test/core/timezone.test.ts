import {expect} from '@open-wc/testing';
import {dayIn, formatDay, isValidTimeZone, nextDayStart} from '../../src/core/timezone.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('core/timezone', () => {
  it('knows IANA zones and refuses others', () => {
    for (const zone of ['Africa/Casablanca', 'Asia/Tokyo', 'America/New_York', 'UTC']) expect(isValidTimeZone(zone), zone).to.equal(true);
    for (const zone of ['Mars/Olympus', 'Casablanca', '', '+25:00']) expect(isValidTimeZone(zone), zone).to.equal(false);
  });

  it('tells the date in a zone ahead of and behind UTC', () => {
    const instant = at('2026-01-16T20:00:00Z');
    expect(dayIn(instant, 'UTC')).to.equal('2026-01-16');
    expect(dayIn(instant, 'Asia/Tokyo')).to.equal('2026-01-17');
    expect(dayIn(at('2026-01-16T03:00:00Z'), 'America/New_York')).to.equal('2026-01-15');
  });

  const midnights: [string, string, string, string][] = [
    ['Asia/Tokyo (UTC+9)', 'Asia/Tokyo', '2026-01-16T03:00:00.000Z', '2026-01-16T15:00:00.000Z'],
    ['America/New_York (UTC−5)', 'America/New_York', '2026-01-16T12:00:00.000Z', '2026-01-17T05:00:00.000Z'],
    ['Africa/Casablanca', 'Africa/Casablanca', '2026-01-16T12:00:00.000Z', '2026-01-16T23:00:00.000Z'],
    ['Asia/Kolkata (UTC+5:30)', 'Asia/Kolkata', '2026-01-16T12:00:00.000Z', '2026-01-16T18:30:00.000Z'],
    // The 23-hour day on which New York moves its clocks forward.
    ['New York on the spring-forward day', 'America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
    // The 25-hour day on which Paris moves its clocks back.
    ['Paris on the fall-back day', 'Europe/Paris', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    // Chile moves its clocks forward at midnight: the day starts at 01:00.
    ['Santiago, where midnight is skipped', 'America/Santiago', '2026-09-05T12:00:00.000Z', '2026-09-06T04:00:00.000Z'],
    ['the last instant of a day', 'UTC', '2026-01-16T23:59:59.999Z', '2026-01-17T00:00:00.000Z'],
    ['the first instant of a day', 'UTC', '2026-01-17T00:00:00.000Z', '2026-01-18T00:00:00.000Z'],
  ];
  for (const [name, zone, from, expected] of midnights) {
    it(`finds the next day's start in ${name}`, () => {
      const next = nextDayStart(at(from), zone);
      expect(iso(next)).to.equal(expected);
      expect(dayIn(next - 1, zone)).to.equal(dayIn(at(from), zone));
      expect(dayIn(next, zone)).to.not.equal(dayIn(at(from), zone));
    });
  }

  it('finds a later day start from any instant (property)', () => {
    for (let i = 0; i < 200; i++) {
      const instant = at('2025-01-01T00:00:00Z') + Math.floor(Math.random() * 730 * 86_400_000);
      for (const zone of ['Asia/Tokyo', 'America/New_York', 'Africa/Casablanca', 'Australia/Lord_Howe']) {
        const next = nextDayStart(instant, zone);
        expect(next).to.be.greaterThan(instant);
        expect(next - instant).to.be.at.most(25 * 3_600_000);
        expect(dayIn(next - 1, zone)).to.equal(dayIn(instant, zone));
        expect(dayIn(next, zone)).to.not.equal(dayIn(instant, zone));
      }
    }
  });

  it('writes weekday, day, month and year in the locale, for the zone', () => {
    const instant = at('2026-01-16T12:00:00Z');
    expect(formatDay(instant, 'en', 'Africa/Casablanca')).to.equal('Friday, January 16, 2026');
    expect(formatDay(instant, 'fr', 'Africa/Casablanca')).to.equal('vendredi 16 janvier 2026');
    expect(formatDay(Date.parse('2026-12-01T12:00:00Z'), 'fr-MA', 'Africa/Casablanca')).to.equal('mardi 1er décembre 2026');
    expect(formatDay(instant, 'es', 'Africa/Casablanca')).to.equal('viernes, 16 de enero de 2026');
    expect(formatDay(instant, 'ar-MA', 'Africa/Casablanca')).to.equal('الجمعة، 16 يناير 2026');
    expect(formatDay(at('2026-01-16T20:00:00Z'), 'en', 'Asia/Tokyo')).to.equal('Saturday, January 17, 2026');
  });
});
