import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/components/news-header-bar/news-header-bar.js';
import '../src/components/news-language-switcher/news-language-switcher.js';
import {WMO_CODES, type Weather, type WeatherCondition} from '../src/core/weather.js';
import {zoneCaption} from './time-zones.js';

interface HeaderBarArgs {
  timezone?: string;
  city?: string;
  latitude?: number;
  longitude?: number;
  'weather-src'?: string;
  units: 'celsius' | 'fahrenheit';
  'weather-refresh'?: number;
  hijri?: boolean;
  'hijri-offset'?: number;
  'weather-max-bytes'?: number;
  weather?: Weather;
}

const logo = html`<a slot="start" href="#home" style="font: 700 1.25rem Georgia, serif; color: inherit; text-decoration: none">Casablanca Post</a>`;
const subscribe = html`<button slot="end" type="button">Subscribe</button>`;

const meta: Meta<HeaderBarArgs> = {
  title: 'Elements/news-header-bar',
  component: 'news-header-bar',
  args: {timezone: 'Africa/Casablanca', city: 'Casablanca', 'weather-src': '/weather/casablanca.json', units: 'celsius'},
  argTypes: {
    units: {control: 'inline-radio', options: ['celsius', 'fahrenheit']},
    'hijri-offset': {control: {type: 'range', min: -2, max: 2, step: 1}},
    timezone: {control: 'select', options: ['Africa/Casablanca', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Invalid/Zone']},
  },
  render: (args) =>
    html`<news-header-bar
      timezone=${ifDefined(args.timezone)}
      city=${ifDefined(args.city)}
      latitude=${ifDefined(args.latitude)}
      longitude=${ifDefined(args.longitude)}
      weather-src=${ifDefined(args['weather-src'])}
      units=${args.units}
      weather-refresh=${ifDefined(args['weather-refresh'])}
      ?hijri=${args.hijri}
      hijri-offset=${ifDefined(args['hijri-offset'])}
      weather-max-bytes=${ifDefined(args['weather-max-bytes'])}
      .weather=${args.weather}
      >${logo}${subscribe}</news-header-bar
    >`,
};
export default meta;
type Story = StoryObj<HeaderBarArgs>;

/** The model page's bar: the date in Casablanca and the weather from a saved Open-Meteo answer. */
export const Default: Story = {};
export const Arabic: Story = {tags: ['!autodocs'], globals: {locale: 'ar'}, args: {city: 'الدار البيضاء'}};
export const ArabicMorocco: Story = {tags: ['!autodocs'], globals: {locale: 'ar-MA'}, args: {city: 'الدار البيضاء'}};
export const French: Story = {tags: ['!autodocs'], globals: {locale: 'fr'}};
export const Spanish: Story = {tags: ['!autodocs'], globals: {locale: 'es'}, args: {city: 'Casablanca'}};
/** The Hijri date beside the Gregorian one, a day behind Umm al-Qura as Morocco's moon sighting often is, as Moroccan news sites show it. */
export const Hijri: Story = {tags: ['!autodocs'], globals: {locale: 'ar-MA'}, args: {city: 'الدار البيضاء', hijri: true, 'hijri-offset': -1}};
/** The French edition's bar with the Hijri date (the library's locale is page-wide: pick others in the toolbar). */
export const HijriFrench: Story = {tags: ['!autodocs'], globals: {locale: 'fr-MA'}, args: {hijri: true, 'hijri-offset': -1}};
/** The Amazigh edition: Hijri months written in Tifinagh, carried by the library. */
export const HijriTamazight: Story = {tags: ['!autodocs'], globals: {locale: 'zgh'}, args: {hijri: true, 'hijri-offset': -1}};
/** The same °C answer shown in °F (13.1 °C → 55.6 °F). */
export const Fahrenheit: Story = {args: {units: 'fahrenheit'}};
/** The weather URL answers 404: the weather stays hidden, the date stays, a warning goes to the console. */
export const WeatherFailure: Story = {args: {'weather-src': '/weather/missing.json'}};
/** No place given: just the date. */
export const NoWeather: Story = {args: {'weather-src': undefined, city: undefined}};
/** A source with no weather code (Open-Meteo's null, or a WMO code it does not use): the temperature alone, no icon or condition. */
export const TemperatureOnly: Story = {args: {'weather-src': undefined, weather: {temperature: 21, weatherCode: null, isDay: true}}};
/** The model page's bar: the Hijri date, and the editions as links in the end slot. */
export const WithEditions: Story = {
  render: (args) =>
    html`<news-header-bar timezone=${ifDefined(args.timezone)} city=${ifDefined(args.city)} weather-src=${ifDefined(args['weather-src'])} hijri hijri-offset="-1"
      >${logo}<news-language-switcher slot="end" locales="ar fr es en" href-template="/{lang}/"></news-language-switcher
    ></news-header-bar>`,
};
/**
 * `timezone` at work: the same moment in five zones, each bar with the date of its own zone,
 * which rolls over at that zone's midnight. Kiritimati (UTC+14) is always a day ahead of
 * Pago Pago (UTC−11), and for an hour each day two; Casablanca's date is the Moroccan
 * edition's wherever its reader is.
 */
export const TimeZones: Story = {
  render: (_args, {globals}) =>
    html`<div style="display: grid; gap: 0.5rem">
      ${['Pacific/Kiritimati', 'Asia/Tokyo', 'Africa/Casablanca', 'America/New_York', 'Pacific/Pago_Pago'].map(
        (zone) =>
          html`<news-header-bar timezone=${zone}><span slot="start" style="font-weight: 600">${zoneCaption(zone, (globals.locale as string) || 'en')}</span></news-header-bar>`,
      )}
    </div>`,
};
/** An unknown zone: the reader's date, and one console warning. */
export const UnknownTimeZone: Story = {args: {timezone: 'Mars/Olympus'}};
/** A narrow screen: the groups wrap onto new lines. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-inline-size: 20rem; border: 1px dashed #8888; padding: 0.5rem">${meta.render!(args, {} as never)}</div>`,
};

const sampleTemperature: Record<WeatherCondition, number> = {
  clear: 24.5, 'mainly-clear': 22, 'partly-cloudy': 13.1, overcast: 11.4, haze: 31, sandstorm: 34.5, fog: 9, 'rime-fog': -2.5, drizzle: 12, 'freezing-drizzle': -1,
  rain: 10.2, 'freezing-rain': -0.4, snow: -3, 'snow-grains': -4.2, 'rain-showers': 14, 'snow-showers': -1.8, 'hail-showers': 7, squalls: 15, thunderstorm: 19, 'thunderstorm-hail': 16.5,
};
/** Every condition group by day and by night (the `weather` property, no request). */
function gallery() {
  return html`<div style="display: grid; gap: 0.75rem">
    ${(Object.keys(WMO_CODES) as WeatherCondition[]).map(
      (condition) =>
        html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0.5rem 2rem">
          ${[true, false].map(
            (isDay) =>
              html`<news-header-bar
                timezone="Africa/Casablanca"
                city=${isDay ? 'Day' : 'Night'}
                .weather=${{temperature: sampleTemperature[condition], weatherCode: WMO_CODES[condition][0], isDay}}
              ></news-header-bar>`,
          )}
        </div>`,
    )}
  </div>`;
}
export const AllConditions: Story = {render: gallery};
export const AllConditionsArabic: Story = {tags: ['!autodocs'], globals: {locale: 'ar'}, render: gallery};
export const AllConditionsFrench: Story = {tags: ['!autodocs'], globals: {locale: 'fr'}, render: gallery};
export const AllConditionsSpanish: Story = {tags: ['!autodocs'], globals: {locale: 'es'}, render: gallery};
/** Larger icons, for checking the artwork. */
export const LargeIcons: Story = {
  render: () => html`<div style="--news-weather-icon-size: 4rem">${gallery()}</div>`,
};
