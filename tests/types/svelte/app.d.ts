import type {} from 'psy-widgets/svelte';
