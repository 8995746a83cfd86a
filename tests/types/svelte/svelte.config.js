// svelte-check's configuration for this folder: Svelte 5 reads TypeScript in <script lang="ts"> itself.
export default {};
