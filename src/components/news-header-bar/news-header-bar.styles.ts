import {css} from 'lit';

export const headerBarStyles = css`
  /* The icons' colours a page does not set, at 3:1 or more against a light page and a dark one
     (where the browser has light-dark(), else the light page's). */
  :host {
    display: block;
    --_sun: #b97800;
    --_moon: #6c78b1;
    --_cloud: #7a8591;
    --_snow: #3a87c2;
    --_dust: #9c6c35;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_sun: light-dark(#b97800, #f0a202);
      --_moon: light-dark(#6c78b1, #8c97c9);
      --_cloud: light-dark(#7a8591, #a3adb8);
      --_snow: light-dark(#3a87c2, #6bb3e8);
      --_dust: light-dark(#9c6c35, #c2935b);
    }
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
  /* Items on one line are separated by a dot; an item that wraps to the start of a line
     pushes its margin and dot into the negative margin of .info, where .items clips them.
     The clip leaves 4px round its items for a focus ring (2px and its 2px offset; in px, as a
     page's small rem, WordPress's 62.5%, would cut it). */
  .items {
    flex: 1 1 auto;
    min-inline-size: 0;
    /* In a column (the recipe for a phone), no wider than the bar: the weather's reserve of 14em
       is 448 px in a 320 px window at 200% text, and the page scrolled sideways. */
    max-inline-size: 100%;
    overflow: clip;
    overflow-clip-margin: 4px;
  }
  /* WebKit has no overflow-clip-margin: it cut the ring of an item at the line's end. There, a
     clip-path draws the same edge (room made in padding would move the bar's items). */
  @supports not (overflow-clip-margin: 4px) {
    .items {
      overflow: visible;
      clip-path: inset(-4px);
    }
  }
  .info {
    --separator: 1.4em;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    row-gap: 0.25rem;
    margin-inline-start: calc(-1 * var(--separator));
    /* As tall as a line with the weather icon, whether the weather loads, fails or is absent: no layout shift. */
    min-block-size: var(--news-weather-icon-size, 1.75em);
  }
  .info > time,
  .weather,
  ::slotted(:not([slot])) {
    margin-inline-start: var(--separator);
  }
  .weather,
  [part='hijri'] {
    position: relative;
  }
  .weather::before,
  [part='hijri']::before {
    content: var(--news-meta-separator, '·') / '';
    position: absolute;
    inset-inline-end: calc(100% + var(--separator) / 2 - 0.25em);
    inline-size: 0.5em;
    text-align: center;
    color: var(--news-color-muted, color-mix(in srgb, currentColor 85%, transparent));
  }
  .end {
    margin-inline-start: auto;
  }
  time {
    overflow-wrap: anywhere;
  }
  /* One line as tall as the icon, in every state (two in a narrow window, below). Where it goes
     (beside the date or on a line of its own, and whether the end slot fits beside the bar's
     items) is decided by the reserve alone, never by what it shows: its width counts as the
     reserve for the layout around it (size containment) and is its flex basis, so loading,
     loaded and failed wrap alike. It then takes the rest of its line, where its text may be longer.
     A long city has a longer reserve (r1-r3, from its length): at 14em a long date leaves
     "Saint-Jean-de-Luz" less than it needs in a 768 px window, and it would be cut. */
  .weather {
    --r: 14em;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    flex: 1 1 var(--news-weather-reserve, var(--r));
    min-inline-size: 0;
    block-size: var(--news-weather-icon-size, 1.75em);
    contain: inline-size;
    contain-intrinsic-inline-size: var(--news-weather-reserve, var(--r));
    white-space: nowrap;
  }
  .r1 {
    --r: 16em;
  }
  .r2 {
    --r: 18em;
  }
  .r3 {
    --r: 20em;
  }
  .weather.reserved::before {
    content: none;
  }
  [part='temperature'] {
    font-variant-numeric: tabular-nums;
  }
  /* In a narrow bar the condition (which the icon also names) gives way first, then the city. */
  [part='condition'],
  [part='city'] {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* A city name in another script is cut at its own end, not its start. */
  [part='city'] {
    unicode-bidi: plaintext;
  }
  /* The condition shrinks a million times as fast as the city: while it has text to give, the
     city's share is far below a pixel and rounds to nothing (a share of any size would cut the
     city with an ellipsis, "Casablan…"); once it is gone, the city alone gives way. (A city
     shrinking a millionth as fast would give way a millionth of the rest: flex factors that
     add up to less than 1 take that share of the free space.) */
  [part='condition'] {
    flex-shrink: 1000000;
    color: var(--news-color-muted, color-mix(in srgb, currentColor 85%, transparent));
  }
  .icon {
    inline-size: var(--news-weather-icon-size, 1.75em);
    block-size: var(--news-weather-icon-size, 1.75em);
    flex: none;
    overflow: visible;
  }
  /* In a window narrower than 22em (352 px at the default 16 px text: a 320 px phone, or a
     reader's large default text, 200 % on any window up to 704 px) the weather takes two
     lines in every state, in the order it is read (icon, temperature, condition, then the
     city), the icon beside both. The city has the second line to itself, so it shows whole;
     the condition, which the icon names too, still gives way first. A bar is about the
     window's width less the page's margins: at 200 % text a 390 px phone's is under 12em, and
     the one line cut the city there. Ordinary 360-430 px phones keep the one line they had
     (their bar of 21.5em or more leaves the city room beside the icon and temperature once
     the condition gives way, with a reader's text spacing too), and so does every wider
     window. The window decides, not the bar: a container query needs size containment, which
     would make the bar 0 px wide where a page sizes it by its content (a flex row, an
     inline-block, fit-content). Media-query ems follow the reader's default text size, not
     the page's font size. */
  @media (max-width: 22em) {
    .weather {
      display: grid;
      grid-template: 'icon temperature condition' 1fr 'icon city city' 1fr / auto auto minmax(0, 1fr);
      row-gap: 0;
      block-size: max(var(--news-weather-icon-size, 1.75em), 2lh);
    }
    /* No icon (a source without a weather code): its empty column takes no gap either. */
    .bare {
      column-gap: 0;
    }
    .icon {
      grid-area: icon;
    }
    [part='temperature'] {
      grid-area: temperature;
    }
    [part='condition'] {
      grid-area: condition;
    }
    /* As wide as its name, at the line's start: a name in another script (plaintext) would
       otherwise start at its own side of the line. */
    [part='city'] {
      grid-area: city;
      justify-self: start;
      max-inline-size: 100%;
    }
  }
  .sun {
    fill: var(--news-weather-sun, var(--_sun));
    stroke: var(--news-weather-sun, var(--_sun));
  }
  .moon {
    fill: var(--news-weather-moon, var(--_moon));
  }
  .cloud {
    fill: var(--news-weather-cloud, var(--_cloud));
  }
  .cloud-back {
    fill: var(--news-weather-cloud, var(--_cloud));
    opacity: 0.6;
  }
  .rain {
    fill: var(--news-weather-rain, #2f80d1);
    stroke: var(--news-weather-rain, #2f80d1);
  }
  .snow,
  .ice,
  .hail {
    fill: var(--news-weather-snow, var(--_snow));
    stroke: var(--news-weather-snow, var(--_snow));
  }
  .fog {
    stroke: var(--news-weather-cloud, var(--_cloud));
  }
  .dust {
    fill: var(--news-weather-dust, var(--_dust));
    stroke: var(--news-weather-dust, var(--_dust));
  }
  .bolt {
    fill: var(--news-weather-sun, var(--_sun));
  }

  @media (forced-colors: active) {
    .sun,
    .moon,
    .rain,
    .snow,
    .ice,
    .hail,
    .dust,
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
