export default async function globalTeardown() {
  await globalThis.__MAMORI_E2E_APP__?.stop();
}
