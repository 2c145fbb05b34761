import {sveltekit} from '@sveltejs/kit/vite';

export default {logLevel: 'warn', plugins: [sveltekit()]};
