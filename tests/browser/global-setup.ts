import { buildClient, findChromium } from '../../scripts/lib/dev-support';

/** Builds the SPA once, in production mode, before the browser tests run. */
export default function setup() {
  findChromium(); // fail fast, with the instruction, when no browser is installed
  buildClient();
}
