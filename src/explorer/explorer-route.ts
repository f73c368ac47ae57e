import express, { type Request, type Response, type NextFunction, Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The graph explorer: a static page served under /explore that talks only to
 * /graphql. No build step: the page's ES modules are served as they are, and
 * its four vendor scripts straight from node_modules (nothing is copied, no
 * CDN), so it works offline.
 */

/** Same-origin only: no inline script or style, no framing, no other hosts. */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The only files /explore/vendor/* serves: name in the URL -> file in node_modules. */
export const VENDOR_FILES: Readonly<Record<string, string>> = {
  'cytoscape.min.js': 'cytoscape/dist/cytoscape.min.js',
  'layout-base.js': 'layout-base/layout-base.js',
  'cose-base.js': 'cose-base/cose-base.js',
  'cytoscape-fcose.js': 'cytoscape-fcose/cytoscape-fcose.js',
};

/**
 * Where the page's files are. Run from src/ (ts-node, jest) they sit beside
 * this module; compiled to dist/explorer, tsc does not copy them, so the
 * project's src/explorer/public is used. Null when neither is there (an
 * image that left the folder out): the API must not fail for want of a page.
 */
export function findPublicDir(): string | null {
  const candidates = [path.join(__dirname, 'public'), path.resolve(__dirname, '../../src/explorer/public')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? null;
}

/** The router to mount at /explore: the page, its assets and the whitelisted vendor scripts. */
export function explorerRouter(publicDir: string | null = findPublicDir()): Router {
  const router = Router();
  router.use(securityHeaders);
  if (!publicDir) {
    router.use((req: Request, res: Response) => {
      res.status(503).type('text/plain').send('The explorer page is not installed with this server (src/explorer/public is missing).');
    });
    return router;
  }
  const vendor = resolveVendorFiles();
  router.get('/', (req: Request, res: Response) => {
    res.sendFile(path.join(publicDir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
  });
  router.use('/assets', express.static(publicDir, { index: false, dotfiles: 'deny', maxAge: 0 }));
  router.get('/vendor/:file', (req: Request, res: Response, next: NextFunction) => {
    const file = vendor.get(String(req.params.file));
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d', headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  });
  router.use((req: Request, res: Response) => {
    res.status(404).type('text/plain').send('Not found');
  });
  // a plain status, never a stack trace (express.static refuses bad paths by throwing)
  router.use((error: { status?: number }, req: Request, res: Response, _next: NextFunction) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    res.status(status).type('text/plain').send(status === 500 ? 'Internal error' : 'Not found');
  });
  return router;
}

/** Mounts the explorer on an app at /explore. */
export function mountExplorer(app: express.Express): void {
  app.use('/explore', explorerRouter());
}

function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', EXPLORER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  next();
}

/** Resolves every vendor file once, at startup, so a missing package fails loudly then. */
function resolveVendorFiles(): Map<string, string> {
  return new Map(Object.entries(VENDOR_FILES).map(([name, request]) => [name, require.resolve(request)]));
}
