/**
 * Makes the browser report `zone` as the visitor's time zone (as `Intl.DateTimeFormat().resolvedOptions()` does)
 * until the returned function is called; `undefined` acts as a browser that cannot tell.
 */
export function pinTimeZone(zone: string | undefined): () => void {
  const proto = Intl.DateTimeFormat.prototype;
  const original = proto.resolvedOptions;
  proto.resolvedOptions = function (this: Intl.DateTimeFormat) {
    return { ...original.call(this), timeZone: zone } as Intl.ResolvedDateTimeFormatOptions;
  };
  return () => {
    proto.resolvedOptions = original;
  };
}
