/** Serves the built app (dist/) on a free loopback port with Vite's preview server. */
import { preview, type PreviewServer } from 'vite';

export async function serveBuiltApp(): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({ preview: { host: '127.0.0.1', port: 4300, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report a URL');
  return { url: url.replace(/\/$/, ''), server };
}
