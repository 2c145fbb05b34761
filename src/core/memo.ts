/**
 * `memo`'s value for `key`, made by `make` the first time it is asked for. Past `limit` keys
 * the oldest one made is forgotten, so a memo keyed by what a feed says (its language tags,
 * its texts) stays small however many different ones a hostile feed sends, poll after poll.
 * Undefined values are remembered too.
 */
export function memoized<K, V>(memo: Map<K, V>, key: K, make: (key: K) => V, limit = 100): V {
  if (memo.has(key)) return memo.get(key) as V;
  const value = make(key);
  if (memo.size >= limit) memo.delete(memo.keys().next().value!);
  memo.set(key, value);
  return value;
}
