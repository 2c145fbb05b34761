import {expect} from '@open-wc/testing';
import type {LocaleModule} from '@lit/localize';
import {catalogSwitch} from '../../src/core/localize-runtime.js';

/** A catalog loader whose loads the test settles by hand, in any order. */
function manualLoads() {
  const pending: {locale: string; resolve(module: LocaleModule): void; reject(error: Error): void}[] = [];
  const calls: string[] = [];
  const load = (locale: string) =>
    new Promise<LocaleModule>((resolve, reject) => {
      calls.push(locale);
      pending.push({locale, resolve, reject});
    });
  const settle = (locale: string) => pending.splice(pending.findIndex((entry) => entry.locale === locale), 1)[0];
  return {load, calls, settle};
}

const templates = (locale: string): LocaleModule => ({templates: {greeting: `hello in ${locale}`}});
const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('catalogSwitch (the catalogs @lit/localize serves)', () => {
  it('serves the source language without loading anything, and a loaded catalog once switched', async () => {
    const {load, calls, settle} = manualLoads();
    const catalogs = catalogSwitch('en', load);
    await catalogs.setLocale('en');
    expect(calls).to.deep.equal([]);
    const switching = catalogs.setLocale('fr');
    await tick();
    expect(catalogs.getLocale(), 'still English while French loads').to.equal('en');
    settle('fr').resolve(templates('fr'));
    await switching;
    expect(catalogs.getLocale()).to.equal('fr');
    expect(catalogs.catalog('fr')).to.deep.equal(templates('fr'));
    await catalogs.setLocale('en');
    await catalogs.setLocale('fr');
    expect(calls, 'French is loaded once').to.deep.equal(['fr']);
  });

  it('a later switch wins over an earlier one still loading, even one that loads after it', async () => {
    const {load, settle} = manualLoads();
    const catalogs = catalogSwitch('en', load);
    const toArabic = catalogs.setLocale('ar');
    const toSpanish = catalogs.setLocale('es');
    await tick();
    settle('es').resolve(templates('es'));
    await toSpanish;
    settle('ar').resolve(templates('ar'));
    await toArabic;
    expect(catalogs.getLocale()).to.equal('es');
  });

  it('an earlier switch whose catalog fails resolves once a later one superseded it; the later one still applies', async () => {
    const {load, settle} = manualLoads();
    const catalogs = catalogSwitch('en', load);
    const toArabic = catalogs.setLocale('ar');
    const toFrench = catalogs.setLocale('fr');
    await tick();
    settle('ar').reject(new Error('network'));
    await toArabic; // resolves: the reader asked for French since
    settle('fr').resolve(templates('fr'));
    await toFrench;
    expect(catalogs.getLocale()).to.equal('fr');
  });

  it('the latest switch whose catalog fails rejects, keeps the language shown, and the next switch loads it again', async () => {
    const {load, calls, settle} = manualLoads();
    const catalogs = catalogSwitch('en', load);
    const first = catalogs.setLocale('ar');
    await tick();
    settle('ar').reject(new Error('network'));
    let failure: unknown;
    await first.catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('network');
    expect(catalogs.getLocale()).to.equal('en');
    expect(catalogs.catalog('ar')).to.equal(undefined);
    const again = catalogs.setLocale('ar');
    await tick();
    settle('ar').resolve(templates('ar'));
    await again;
    expect(catalogs.getLocale()).to.equal('ar');
    expect(calls).to.deep.equal(['ar', 'ar']);
  });
});
