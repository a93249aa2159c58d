import { type Clock, localDay } from "../../src/clock/clock.js";

/** A clock tests move by hand: the scheduler sees time pass without anyone waiting. */
export class ManualClock implements Clock {
  private instant: number;

  constructor(start: string) {
    this.instant = Date.parse(start);
  }

  now(): Date {
    return new Date(this.instant);
  }

  dayOf(instant: Date, timeZone: string): string {
    return localDay(instant, timeZone);
  }

  set(at: string): void {
    this.instant = Date.parse(at);
  }

  advanceHours(hours: number): void {
    this.instant += hours * 3_600_000;
  }
}
