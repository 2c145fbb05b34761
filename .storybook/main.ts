import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Sample feeds, images and weather of the demo, served at /feeds, /images and /weather.
  staticDirs: [
    {from: '../demo/feeds', to: '/feeds'},
    {from: '../demo/images', to: '/images'},
    {from: '../demo/weather', to: '/weather'},
  ],
  core: {disableTelemetry: true},
};
export default config;
