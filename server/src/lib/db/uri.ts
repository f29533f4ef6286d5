/**
 * `mongodb://host:port[/db][?options]` with its database replaced by `dbName`. String surgery
 * rather than URL parsing: seed lists (`h1:1,h2:2`) are not valid WHATWG URLs.
 */
export function withDatabase(uri: string, dbName: string): string {
  const schemeEnd = uri.indexOf('://') + 3;
  const queryStart = uri.indexOf('?', schemeEnd);
  const query = queryStart === -1 ? '' : uri.slice(queryStart);
  const rest = queryStart === -1 ? uri.slice(schemeEnd) : uri.slice(schemeEnd, queryStart);
  const hosts = rest.split('/')[0] ?? rest;
  return `${uri.slice(0, schemeEnd)}${hosts}/${dbName}${query}`;
}
