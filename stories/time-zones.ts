/**
 * A zone as a caption in `locale`: its main city, from the IANA name, and its offset from
 * UTC at `instant` in the locale's words ("Casablanca (GMT+1)", "Tokyo (غرينتش+9)"). The
 * stories that compare zones name each one with it.
 */
export function zoneCaption(zone: string, locale: string, instant: Date = new Date()): string {
  const city = zone.split('/').at(-1)!.replaceAll('_', ' ');
  const offset = new Intl.DateTimeFormat(locale, {timeZone: zone, timeZoneName: 'shortOffset'}).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  // Isolated: in Arabic the offset's sign would otherwise stand after its digits.
  return offset ? `${city} (\u2066${offset}\u2069)` : city;
}
