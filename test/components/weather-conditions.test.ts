import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {conditionIcon, conditionLabel} from '../../src/components/news-header-bar/weather-conditions.js';
import {bundledLocales} from '../../src/core/locale.js';
import {conditionOf, WMO_CODES, type WeatherCondition} from '../../src/core/weather.js';
import {useLocale} from '../helpers.js';

const conditions = Object.keys(WMO_CODES) as WeatherCondition[];
const codes = Object.values(WMO_CODES).flat();

describe('weather conditions', () => {
  afterEach(() => useLocale('en'));

  it('names every WMO code in every locale, each group differently, in that locale’s words', async () => {
    const english = new Map(conditions.map((condition) => [condition, conditionLabel(condition)]));
    expect(new Set(english.values()).size).to.equal(conditions.length);
    for (const locale of bundledLocales) {
      await useLocale(locale);
      const labels = new Set<string>();
      for (const code of codes) {
        const condition = conditionOf(code)!;
        const label = conditionLabel(condition);
        expect(label.trim(), `${locale} ${code}`).to.not.equal('');
        if (locale !== 'en') expect(label, `${locale} ${code} is not translated`).to.not.equal(english.get(condition));
        labels.add(label);
      }
      expect(labels.size, locale).to.equal(conditions.length);
    }
  });

  it('writes Arabic labels in Arabic script', async () => {
    await useLocale('ar');
    for (const condition of conditions) expect(conditionLabel(condition), condition).to.match(/^[\u0600-\u06ff\s]+$/);
  });

  it('draws a distinct, named icon for every group by day and by night', async () => {
    const drawings = new Set<string>();
    for (const condition of conditions) {
      for (const isDay of [true, false]) {
        // Rendered straight into the page: a fixture would wait for a frame, which a background tab never paints.
        const host = document.body.appendChild(document.createElement('div'));
        render(conditionIcon(condition, isDay, `${condition} label`), host);
        const icon = host.querySelector('svg')!;
        expect(icon.getAttribute('role')).to.equal('img');
        // Named once, by aria-label (as a server renders it too): a <title> or <desc> beside it
        // would be its description too, read after the same name.
        expect(icon.getAttribute('aria-label')).to.equal(`${condition} label`);
        const described = [...[...icon.querySelectorAll('title, desc')].map((el) => `<${el.localName}>`), ...['title', 'aria-labelledby', 'aria-describedby', 'aria-description'].filter((name) => icon.hasAttribute(name))];
        expect(described, `${condition} is named or described again`).to.deep.equal([]);
        expect(icon.querySelectorAll('circle, path, rect').length, condition).to.be.greaterThan(0);
        // Comments are Lit's markers, not drawing.
        drawings.add(icon.innerHTML.replace(/<!--[^>]*-->/g, ''));
        const box = icon.getBBox();
        expect(box.x, `${condition} stays in the 32 × 32 box`).to.be.at.least(0);
        expect(box.y).to.be.at.least(0);
        expect(box.x + box.width).to.be.at.most(32);
        expect(box.y + box.height).to.be.at.most(32);
        host.remove();
      }
    }
    expect(drawings.size).to.equal(conditions.length * 2);
  });
});
