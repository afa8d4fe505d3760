/**
 * Runs `work` on every item, at most `limit` at a time and never two items of the same
 * group at once (the group is the host, so a site gets one request from us at a time).
 * Results come back in the order of `items`. `work` should not throw; if it does, the pool rejects.
 */
export function runPool<T, R>(
  items: readonly T[],
  limit: number,
  groupOf: (item: T) => string,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  const waiting = items.map((item, index) => ({ item, index }));
  const busyGroups = new Set<string>();
  let running = 0;

  return new Promise((resolve, reject) => {
    const startMore = () => {
      if (waiting.length === 0 && running === 0) {
        resolve(results);
        return;
      }
      while (running < limit) {
        const position = waiting.findIndex(({ item }) => !busyGroups.has(groupOf(item)));
        if (position === -1) return; // everything left waits for a busy host
        const [{ item, index }] = waiting.splice(position, 1) as [{ item: T; index: number }];
        const group = groupOf(item);
        busyGroups.add(group);
        running += 1;
        work(item)
          .then((result) => {
            results[index] = result;
            busyGroups.delete(group);
            running -= 1;
            startMore();
          })
          .catch(reject);
      }
    };
    startMore();
  });
}
