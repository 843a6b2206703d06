/** A calendar date as three integers: no time zones, no JS Date (docs/methodology.md#dates). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}
