/**
 * How each weather condition reads (a localized label) and looks (an inline SVG icon, with
 * day and night variants). Original artwork from a few simple shapes on a 32 × 32 grid:
 * a sun or moon, clouds, and marks for what falls from them.
 */
import {html, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {WeatherCondition} from '../../core/weather.js';

/** The localized name of a condition, read by screen readers and shown beside the icon. */
export function conditionLabel(condition: WeatherCondition): string {
  switch (condition) {
    case 'clear':
      return msg('Clear sky', {id: 'weather.clear', desc: 'Weather condition (WMO code 0)'});
    case 'mainly-clear':
      return msg('Mainly clear', {id: 'weather.mainly-clear', desc: 'Weather condition (WMO code 1)'});
    case 'partly-cloudy':
      return msg('Partly cloudy', {id: 'weather.partly-cloudy', desc: 'Weather condition (WMO code 2)'});
    case 'overcast':
      return msg('Overcast', {id: 'weather.overcast', desc: 'Weather condition (WMO code 3)'});
    case 'haze':
      return msg('Haze', {id: 'weather.haze', desc: 'Weather condition: smoke, haze or dust in the air (WMO codes 4–8)'});
    case 'sandstorm':
      return msg('Sandstorm', {id: 'weather.sandstorm', desc: 'Weather condition: dust storm or sandstorm (WMO codes 9, 30–35)'});
    case 'fog':
      return msg('Fog', {id: 'weather.fog', desc: 'Weather condition (WMO code 45)'});
    case 'rime-fog':
      return msg('Freezing fog', {id: 'weather.rime-fog', desc: 'Weather condition: fog depositing rime (WMO code 48)'});
    case 'drizzle':
      return msg('Drizzle', {id: 'weather.drizzle', desc: 'Weather condition (WMO codes 51–55)'});
    case 'freezing-drizzle':
      return msg('Freezing drizzle', {id: 'weather.freezing-drizzle', desc: 'Weather condition (WMO codes 56–57)'});
    case 'rain':
      return msg('Rain', {id: 'weather.rain', desc: 'Weather condition (WMO codes 61–65)'});
    case 'freezing-rain':
      return msg('Freezing rain', {id: 'weather.freezing-rain', desc: 'Weather condition (WMO codes 66–67)'});
    case 'snow':
      return msg('Snow', {id: 'weather.snow', desc: 'Weather condition: snowfall (WMO codes 71–75)'});
    case 'snow-grains':
      return msg('Snow grains', {id: 'weather.snow-grains', desc: 'Weather condition (WMO code 77)'});
    case 'rain-showers':
      return msg('Rain showers', {id: 'weather.rain-showers', desc: 'Weather condition (WMO codes 80–82)'});
    case 'snow-showers':
      return msg('Snow showers', {id: 'weather.snow-showers', desc: 'Weather condition (WMO codes 85–86)'});
    case 'hail-showers':
      return msg('Hail showers', {id: 'weather.hail-showers', desc: 'Weather condition: showers of hail, without thunder (WMO codes 87–90)'});
    case 'squalls':
      return msg('Squalls', {id: 'weather.squalls', desc: 'Weather condition: sudden strong winds, or a funnel cloud (WMO codes 18–19)'});
    case 'thunderstorm':
      return msg('Thunderstorm', {id: 'weather.thunderstorm', desc: 'Weather condition (WMO code 95)'});
    case 'thunderstorm-hail':
      return msg('Thunderstorm with hail', {id: 'weather.thunderstorm-hail', desc: 'Weather condition (WMO codes 96–99)'});
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

function sun(cx: number, cy: number, r: number) {
  const rays = Array.from({length: 8}, (_, i) => {
    const a = (i * Math.PI) / 4;
    const [c, s] = [Math.cos(a), Math.sin(a)];
    return `M${round(cx + c * r * 1.45)} ${round(cy + s * r * 1.45)}L${round(cx + c * r * 1.9)} ${round(cy + s * r * 1.9)}`;
  }).join('');
  return svg`<g class="sun"><circle cx=${cx} cy=${cy} r=${r} /><path d=${rays} fill="none" stroke-width=${round(r * 0.3)} stroke-linecap="round" /></g>`;
}

function moon(cx: number, cy: number, r: number) {
  // A crescent: the outer circle from -60° round the west to 30°, back along a smaller arc.
  const at = (deg: number) => [round(cx + r * Math.cos((deg * Math.PI) / 180)), round(cy + r * Math.sin((deg * Math.PI) / 180))];
  const [x1, y1] = at(-60);
  const [x2, y2] = at(30);
  return svg`<path class="moon" d="M${x1} ${y1}A${r} ${r} 0 1 0 ${x2} ${y2}A${round(r * 0.78)} ${round(r * 0.78)} 0 0 1 ${x1} ${y1}Z" />`;
}

const sky = (isDay: boolean, cx: number, cy: number, r: number) => (isDay ? sun(cx, cy, r) : moon(cx, cy, r * 1.15));

/** A cloud 22 × 16 units, placed with its top-left corner at (x, y) and scaled. */
const cloud = (x: number, y: number, scale = 1, tone = 'cloud') =>
  svg`<g class=${tone} transform="translate(${x} ${y}) scale(${scale})"><circle cx="5" cy="11" r="5" /><circle cx="11.5" cy="7" r="7" /><circle cx="17" cy="11" r="5" /><rect x="5" y="9" width="12" height="7" /></g>`;

/** Sun or moon peeking from behind a raised cloud, with room below for what falls. */
const raised = (isDay: boolean) => svg`${sky(isDay, 9, 8, 4)}${cloud(6, 4)}`;

const lines = (d: string, tone: string) => svg`<path class=${tone} d=${d} fill="none" stroke-width="1.8" stroke-linecap="round" />`;
const dots = (points: [number, number][], tone: string, r = 1.1) =>
  svg`<g class=${tone}>${points.map(([x, y]) => svg`<circle cx=${x} cy=${y} r=${r} />`)}</g>`;
const flake = (x: number, y: number, r = 2.2) =>
  lines(
    [0, 60, 120].map((deg) => {
      const [c, s] = [Math.cos((deg * Math.PI) / 180) * r, Math.sin((deg * Math.PI) / 180) * r];
      return `M${round(x - c)} ${round(y - s)}L${round(x + c)} ${round(y + s)}`;
    }).join(''),
    'snow',
  );
const bolt = svg`<path class="bolt" d="M17.5 19L13 25.5h3.5L14.5 31l6-8h-3.6l2.4-4Z" />`;
const ice = lines('M9 30.5h14', 'ice');
const fogLines = lines('M5 23h17M9 26.5h18M5 30h16', 'fog');
/** Wind: two lines curling up at their ends. */
const wind = (tone: string) => lines('M3 24h17a3.5 3.5 0 1 0-3.5-3.5M6 29h20a3 3 0 1 0-3-3', tone);

const art: Record<WeatherCondition, (isDay: boolean) => SVGTemplateResult> = {
  clear: (isDay) => sky(isDay, 16, 16, 6.5),
  'mainly-clear': (isDay) => svg`${sky(isDay, 14, 13, 6)}${cloud(15, 19, 0.6)}`,
  'partly-cloudy': (isDay) => svg`${sky(isDay, 11.5, 11.5, 5)}${cloud(7, 11, 0.95)}`,
  overcast: (isDay) => svg`${sky(isDay, 8, 9, 3.5)}${cloud(10, 6, 0.8, 'cloud-back')}${cloud(4, 12)}`,
  haze: (isDay) => svg`${sky(isDay, 16, 11, 5.5)}${lines('M4 22h24M7 26.5h18M4 31h24', 'dust')}`,
  sandstorm: (isDay) => svg`${sky(isDay, 22, 8, 3.5)}${wind('dust')}${dots([[6, 14], [11, 10], [4, 19.5], [28, 17], [13, 15]], 'dust')}`,
  fog: (isDay) => svg`${sky(isDay, 9, 8, 4)}${cloud(6, 3, 0.9)}${fogLines}`,
  'rime-fog': (isDay) => svg`${sky(isDay, 9, 8, 4)}${cloud(6, 3, 0.9)}${lines('M5 23h12M9 26.5h8M5 30h10', 'fog')}${flake(25, 27, 3)}`,
  drizzle: (isDay) => svg`${raised(isDay)}${dots([[11, 24], [16.5, 26], [22, 24], [13.5, 29.5], [19, 29.5]], 'rain')}`,
  'freezing-drizzle': (isDay) => svg`${raised(isDay)}${dots([[11, 24], [16.5, 25.5], [22, 24]], 'rain')}${ice}`,
  rain: (isDay) => svg`${raised(isDay)}${lines('M12 22.5l-2 6.5M17 22.5l-2 6.5M22 22.5l-2 6.5', 'rain')}`,
  'freezing-rain': (isDay) => svg`${raised(isDay)}${lines('M12 22l-1.5 5M17 22l-1.5 5M22 22l-1.5 5', 'rain')}${ice}`,
  snow: (isDay) => svg`${raised(isDay)}${flake(11, 25)}${flake(17, 28)}${flake(23, 25)}`,
  'snow-grains': (isDay) =>
    svg`${raised(isDay)}<g class="snow">${[[11, 24], [17, 24], [23, 24], [14, 28.5], [20, 28.5]].map(([x, y]) => svg`<path d="M${x} ${y - 1.5}l1.5 1.5-1.5 1.5-1.5-1.5Z" />`)}</g>`,
  'rain-showers': (isDay) => svg`${raised(isDay)}${lines('M11 22.5l-1 2.5M17 22.5l-1 2.5M23 22.5l-1 2.5M14 27.5l-1 2.5M20 27.5l-1 2.5', 'rain')}`,
  'snow-showers': (isDay) => svg`${raised(isDay)}${flake(11, 24, 1.7)}${flake(17, 24, 1.7)}${flake(23, 24, 1.7)}${flake(14, 29, 1.7)}${flake(20, 29, 1.7)}`,
  'hail-showers': (isDay) => svg`${raised(isDay)}${dots([[11, 24], [17, 24], [23, 24], [14, 29], [20, 29]], 'hail', 1.6)}`,
  squalls: (isDay) => svg`${sky(isDay, 9, 8, 3.5)}${cloud(6, 4, 0.8)}${wind('fog')}`,
  thunderstorm: (isDay) => svg`${raised(isDay)}${bolt}${lines('M10.5 22.5l-1.2 3.5M25 22.5l-1.2 3.5', 'rain')}`,
  'thunderstorm-hail': (isDay) => svg`${raised(isDay)}${bolt}${dots([[10, 24.5], [24.5, 24.5], [9, 29.5]], 'hail', 1.6)}`,
};

/**
 * The icon of `condition`, by day or night, named `label` for assistive technology by its
 * `aria-label` alone, on the server as in the browser (a server renderer cannot bind text inside
 * an SVG `<title>`). No `<title>` besides: beside an `aria-label` it becomes the icon's
 * description, and some screen readers say the name twice. The bar shows the name beside it.
 */
export function conditionIcon(condition: WeatherCondition, isDay: boolean, label: string): TemplateResult {
  return html`<svg part="icon" class="icon" viewBox="0 0 32 32" role="img" aria-label=${label} data-condition=${condition} data-time=${isDay ? 'day' : 'night'}>${art[condition](isDay)}</svg>`;
}
