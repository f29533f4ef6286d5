/**
 * Ids per `$in` list. The embedded MongoDB finds each listed `_id` through its index but then
 * checks the document against the whole list again, so one list of n ids costs n² comparisons:
 * 20,000 ids take seconds, twenty lists of 1,000 a few milliseconds.
 */
const CHUNK = 1000;

/** Runs `find` over the ids in lists of at most a thousand and joins what they answer. */
export async function findInChunks<Id, T>(
  ids: readonly Id[],
  find: (chunk: Id[]) => Promise<T[]>,
): Promise<T[]> {
  const chunks: Id[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) chunks.push(ids.slice(i, i + CHUNK));
  return (await Promise.all(chunks.map(find))).flat();
}
