import {css} from 'lit';

export const headerBarStyles = css`
  :host {
    display: block;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--news-gap, 1rem);
    line-height: 1.4;
  }
  .start,
  .end {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .info {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .end {
    margin-inline-start: auto;
  }
  time {
    overflow-wrap: anywhere;
  }
  .weather {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.4em;
  }
  .weather::before {
    content: '·' / '';
    color: var(--news-color-muted, color-mix(in srgb, currentColor 72%, transparent));
  }
  [part='temperature'] {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  [part='condition'] {
    color: var(--news-color-muted, color-mix(in srgb, currentColor 72%, transparent));
  }
  .icon {
    inline-size: var(--news-weather-icon-size, 1.75em);
    block-size: var(--news-weather-icon-size, 1.75em);
    flex: none;
    overflow: visible;
  }
  .sun {
    fill: var(--news-weather-sun, #f0a202);
    stroke: var(--news-weather-sun, #f0a202);
  }
  .moon {
    fill: var(--news-weather-moon, #8c97c9);
  }
  .cloud {
    fill: var(--news-weather-cloud, #a3adb8);
  }
  .cloud-back {
    fill: var(--news-weather-cloud, #a3adb8);
    opacity: 0.6;
  }
  .rain {
    fill: var(--news-weather-rain, #2f80d1);
    stroke: var(--news-weather-rain, #2f80d1);
  }
  .snow,
  .ice,
  .hail {
    fill: var(--news-weather-snow, #6bb3e8);
    stroke: var(--news-weather-snow, #6bb3e8);
  }
  .fog {
    stroke: var(--news-weather-cloud, #a3adb8);
  }
  .bolt {
    fill: var(--news-weather-sun, #f0a202);
  }

  @media (forced-colors: active) {
    .sun,
    .moon,
    .rain,
    .snow,
    .ice,
    .hail,
    .bolt {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .cloud,
    .cloud-back,
    .fog {
      fill: GrayText;
      stroke: GrayText;
    }
  }
`;
