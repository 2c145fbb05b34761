/**
 * The weather half of `<news-header-bar>`: loading, icons, names and formatting. The bar
 * imports it only when a page asks for weather, so a bar that shows just the date (and
 * every page without a bar) does not pay for it.
 */
import {html, nothing} from 'lit';
import {conditionOf, formatTemperature, isPlausibleTemperature, openMeteoUrl, type TemperatureUnit, type Weather} from '../../core/weather.js';
import {conditionIcon, conditionLabel} from './weather-conditions.js';

export {WeatherController} from '../../controllers/weather-controller.js';

/** Where the weather comes from: `src` (resolved against the page), else Open-Meteo for the coordinates. */
export function weatherUrl(src: string | undefined, latitude: number | undefined, longitude: number | undefined, unit: TemperatureUnit): string | undefined {
  if (src) return new URL(src, document.baseURI).href;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  return openMeteoUrl(latitude, longitude, unit);
}

/** Icon, temperature, condition and city; nothing for weather that cannot be read. */
export function renderWeather(weather: Weather | undefined, unit: TemperatureUnit, locale: string, city?: string) {
  // `weather` may come from page script with any types: read nothing that could run code.
  const condition = weather && typeof weather.weatherCode === 'number' ? conditionOf(weather.weatherCode) : undefined;
  if (!weather || !condition || !isPlausibleTemperature(weather.temperature)) return nothing;
  const label = conditionLabel(condition);
  // The icon carries the condition's name for screen readers; the visible name would repeat it.
  return html`<span part="weather" class="weather">
    ${conditionIcon(condition, weather.isDay !== false, label)}
    <span part="temperature">${formatTemperature(weather.temperature, unit, locale)}</span>
    <span part="condition" aria-hidden="true">${label}</span>
    ${city ? html`<span part="city">${city}</span>` : nothing}
  </span>`;
}
