import type {} from 'psy-widgets/vue';
