import { MAX_PAGES } from "../../core/thresholds/connectors.js";

/** A result larger than the page cap: reported, because a value from part of it would be wrong. */
export class TooManyPagesError extends Error {
  override readonly name = "TooManyPagesError";
  constructor() {
    super(`more than ${MAX_PAGES} pages`);
  }
}

/** Throws when the page cap is reached while the service says more pages follow. */
export function checkPageLimit(pages: number, morePages: boolean): void {
  if (morePages && pages >= MAX_PAGES) throw new TooManyPagesError();
}
