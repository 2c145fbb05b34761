/**
 * The template and styles of `<news-header-bar>`, loaded with the first bar on a page. The
 * weather inside it is rendered by `weather-view.ts`, loaded only when a page asks for weather.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {headerBarStyles} from './news-header-bar.styles.js';

export {DayClockController} from '../../controllers/day-clock-controller.js';

export const styles = [headerBarStyles];

/** What a bar shows, as worked out by the element. */
export interface HeaderBarState {
  dir: string;
  lang: string;
  /** Today in the bar's zone: `YYYY-MM-DD` and as the reader's locale writes it. */
  day: string;
  dayText: string;
  /** The weather's template, when there is weather to show. */
  weather?: TemplateResult | typeof nothing;
  /** Weather is on its way: keep its room. */
  weatherPending: boolean;
  filled: {start: boolean; end: boolean};
  onSlotChange: (event: Event) => void;
}

export function renderHeaderBar(state: HeaderBarState) {
  return html`<div part="base" class="bar" dir=${state.dir} lang=${state.lang}>
    <div class="start" ?hidden=${!state.filled.start}><slot name="start" @slotchange=${state.onSlotChange}></slot></div>
    <div class="items">
      <div class="info">
        <time part="date" datetime=${state.day}>${state.dayText}</time>
        ${state.weatherPending ? html`<span class="weather pending" aria-hidden="true"></span>` : (state.weather ?? nothing)}
        <slot></slot>
      </div>
    </div>
    <div class="end" ?hidden=${!state.filled.end}><slot name="end" @slotchange=${state.onSlotChange}></slot></div>
  </div>`;
}
