import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/components/news-feed/news-feed.js';

interface ThemeArgs {
  '--news-color-accent': string;
  '--news-color-muted': string;
  '--news-color-surface': string;
  '--news-radius': string;
  '--news-gap': string;
  '--news-font-family': string;
  '--news-headline-size': string;
  '--news-card-padding': string;
  '--news-image-ratio': string;
}

/** The custom properties every element reads, on a light and a dark page. */
const meta: Meta<ThemeArgs> = {
  title: 'Guides/Theming',
  args: {
    '--news-color-accent': '#b3261e',
    '--news-color-muted': '',
    '--news-color-surface': '',
    '--news-radius': '0.75rem',
    '--news-gap': '1.25rem',
    '--news-font-family': 'Georgia, serif',
    '--news-headline-size': '1.2rem',
    '--news-card-padding': '0',
    '--news-image-ratio': '',
  },
  argTypes: {
    '--news-color-accent': {control: 'color'},
    '--news-color-muted': {control: 'color'},
    '--news-color-surface': {control: 'color'},
  },
  render: (args) => {
    const style = Object.entries(args)
      .filter(([, value]) => value)
      .map(([name, value]) => `${name}: ${value}`)
      .join('; ');
    return html`<div style="display: grid; gap: 1rem">
      <div style="padding: 1.5rem; background: #fdfcf9; color: #1b1b1f">
        <news-feed style=${style} src="/feeds/{lang}.json" limit="3" heading="Light page"></news-feed>
      </div>
      <div style="padding: 1.5rem; background: #141416; color: #e6e4df">
        <news-feed style="${style}; --news-color-accent: #8ec5ff" src="/feeds/{lang}.json" limit="3" heading="Dark page"></news-feed>
      </div>
    </div>`;
  },
};
export default meta;

export const LightAndDark: StoryObj<ThemeArgs> = {};
export const Cards: StoryObj<ThemeArgs> = {
  args: {'--news-color-surface': 'color-mix(in srgb, currentColor 7%, transparent)', '--news-card-padding': '0.75rem', '--news-radius': '0', '--news-font-family': 'system-ui, sans-serif', '--news-image-ratio': '4 / 3'},
};
