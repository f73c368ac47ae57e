import { join } from 'node:path';
import { packageDir } from '../project-root';
import type { PlaygroundTab } from './examples';

/** Files the page loads, served from the project's own node_modules: no CDN, works offline. */
export function playgroundAssets(): Record<string, { path: string; type: string }> {
  return {
    'graphiql.min.css': { path: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css; charset=utf-8' },
    'graphiql.min.js': { path: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript; charset=utf-8' },
    'react.production.min.js': { path: join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript; charset=utf-8' },
    'react-dom.production.min.js': { path: join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript; charset=utf-8' },
  };
}

/** JSON safe inside a <script>: no "</script>" or "<!--" can close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The GraphiQL page. `assetBase` is where the assets are mounted
 * ("/graphql/assets"); the endpoint is the page's own address, so it
 * works behind any host name or proxy prefix.
 */
export function playgroundPage(tabs: PlaygroundTab[], assetBase: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>vn-polgraph GraphQL</title>
  <link rel="stylesheet" href="${assetBase}/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${assetBase}/react.production.min.js"></script>
  <script src="${assetBase}/react-dom.production.min.js"></script>
  <script src="${assetBase}/graphiql.min.js"></script>
  <script>
    (function () {
      var tabs = ${scriptJson(tabs)};
      var endpoint = window.location.pathname;
      var send = GraphiQL.createFetcher({ url: endpoint });
      // GraphiQL parses the editor after a short delay, so an Execute right
      // after switching tabs can carry the previous tab's operationName; a
      // name the document does not define is dropped rather than refused.
      var fetcher = function (params, options) {
        var name = params.operationName;
        if (name && !new RegExp('\\\\b(query|mutation|subscription)\\\\s+' + name + '\\\\b').test(params.query || '')) {
          params = Object.assign({}, params, { operationName: undefined });
        }
        return send(params, options);
      };
      var root = ReactDOM.createRoot(document.getElementById('graphiql'));
      root.render(React.createElement(GraphiQL, {
        fetcher: fetcher,
        defaultTabs: tabs,
        defaultQuery: tabs.length ? tabs[0].query : undefined,
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: false
      }));
    })();
  </script>
</body>
</html>
`;
}
