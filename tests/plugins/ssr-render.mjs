// A web-test-runner command that server-renders markup with the real psy-widgets/ssr (the built package), so browser
// tests can load what a static site would serve and check that it hydrates: `executeServerCommand('ssr-render',
// { markup, options })` answers the HTML.
export function ssrRenderCommand() {
  return {
    name: 'ssr-render-command',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      const { render } = await import('psy-widgets/ssr');
      return render(payload.markup, { script: false, ...payload.options });
    },
  };
}
