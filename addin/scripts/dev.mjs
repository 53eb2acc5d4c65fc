#!/usr/bin/env node
/**
 * Dev server for sideloading: vite on https://localhost:3000 with the office-addin-dev-certs certificates (the URLs in
 * manifest.xml). If the certificates cannot be made or trusted here (no permission to install a CA, no keychain,
 * headless Linux), it says why and serves plain http://localhost:3000 instead, which still works for building the pane
 * in a browser but not for Excel (Office requires HTTPS).
 */
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createServer } from "vite";

const port = 3000;
let https;
try {
  const certs = await import("office-addin-dev-certs");
  https = await certs.getHttpsServerOptions();
} catch (e) {
  console.warn(`[addin:dev] could not install the dev CA (${String(e?.message ?? e).trim()}).`);
  const dir = join(homedir(), ".office-addin-dev-certs");
  const [crt, key, ca] = ["localhost.crt", "localhost.key", "ca.crt"].map((f) => join(dir, f));
  if (existsSync(crt) && existsSync(key)) {
    https = { cert: readFileSync(crt), key: readFileSync(key), ...(existsSync(ca) ? { ca: readFileSync(ca) } : {}) };
    console.warn(`[addin:dev] serving HTTPS with the generated but untrusted certificate; trust ${ca} yourself for Excel to load it.`);
  } else {
    console.warn("[addin:dev] no certificate: serving plain HTTP (fine in a browser; Excel refuses non-HTTPS add-ins).");
    console.warn("[addin:dev] run `npx office-addin-dev-certs install` where you can trust a CA, then retry.");
  }
}
const server = await createServer({
  configFile: new URL("../vite.config.ts", import.meta.url).pathname,
  server: { port, strictPort: true, ...(https ? { https } : {}) },
});
await server.listen();
server.printUrls();
console.log(`[addin:dev] manifest: addin/manifest.xml → ${https ? "https" : "http"}://localhost:${port}/taskpane.html`);
