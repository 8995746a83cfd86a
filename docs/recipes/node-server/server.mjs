// A page server on node:http that sends its widgets pre-rendered: psy-widgets/ssr's render() fills in each
// element's shadow DOM and adds the script that hydrates it.
import { createServer } from 'node:http';
import { render } from 'psy-widgets/ssr';

const approachPage = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Our approach</title>
  </head>
  <body>
    <h1>Our approach</h1>
    <psy-explainer therapy="cbt" layout="accordion"></psy-explainer>
    <psy-help-now></psy-help-now>
  </body>
</html>`;

const server = createServer(async (request, response) => {
  if (request.url !== '/') {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  try {
    // the region written on every element without one; JSON-LD for search engines
    const html = await render(approachPage, { region: 'GB', structuredData: true });
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  } catch (error) {
    // a PsyRenderError names the element and what it accepts
    console.error(error.message);
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The page could not be rendered.');
  }
});

server.listen(Number(process.env.PORT ?? 8080), () => {
  console.log(`Serving on http://localhost:${server.address().port}/`);
});
