/**
 * Minimum-cost flow on a sparse directed graph with integer capacities and integer costs (negative costs allowed, as
 * long as the graph has no negative cycle, which a DAG never has).
 *
 * Successive shortest paths from the supplies (Ahuja, Magnanti and Orlin, "Network Flows", 9.7): each unit of supply
 * follows a cheapest path in the residual graph, found by Dijkstra on reduced costs (node potentials keep them
 * non-negative) and stopped as soon as the sink is settled. Every such augmentation keeps the flow optimal for what it
 * carries, so routing the supplies one node at a time, in any order, ends at the optimum. What keeps it fast: a
 * search from one supply node stays near it (a plan's post rarely looks beyond its own candidates and their
 * departments), where one search from a common source would sweep the whole graph each time; the potentials start as
 * minus each node's distance to the sink, so a supply's best path costs nothing to find until others compete for it;
 * and the sink is settled as soon as nothing left is nearer, not after every node tied with it.
 */
export class MinCostFlow {
  private readonly head: Int32Array;
  private next: Int32Array;
  private to: Int32Array;
  private capacity: Int32Array;
  private cost: Float64Array;
  private edgeCount = 0;

  constructor(
    readonly nodeCount: number,
    expectedEdges = 16,
  ) {
    this.head = new Int32Array(nodeCount).fill(-1);
    const slots = Math.max(2, expectedEdges * 2);
    this.next = new Int32Array(slots);
    this.to = new Int32Array(slots);
    this.capacity = new Int32Array(slots);
    this.cost = new Float64Array(slots);
  }

  /** Adds an edge and its residual twin; returns the edge's index (its flow is `flowOn(index)`). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!Number.isInteger(cost))
      throw new Error('costs must be integers (scale scores before building the graph)');
    this.grow();
    const index = this.edgeCount;
    this.link(from, to, capacity, cost);
    this.link(to, from, 0, -cost);
    return index;
  }

  /** The flow the solution sends along edge `index` (as returned by addEdge). */
  flowOn(index: number): number {
    return this.capacity[index ^ 1];
  }

  /**
   * Routes the supplies to the sink at the least total cost: a unit goes to the sink only along a path that lowers
   * the cost (one costing nothing is not taken), so a supply node needs no path to the sink at all; an edge straight
   * to the sink at cost 0 bounds each search to the paths cheaper than it. Returns the total cost.
   */
  routeSupplies(supplies: readonly { node: number; amount: number }[], sink: number): number {
    const n = this.nodeCount;
    const potential = this.potentialsToSink(sink);
    const distance = new Float64Array(n).fill(Infinity);
    const parentEdge = new Int32Array(n).fill(-1);
    const settled = new Uint8Array(n);
    const touched: number[] = [];
    const heap = new BinaryHeap();
    let totalCost = 0;
    for (const supply of supplies) {
      const from = supply.node;
      let left = potential[from] === -Infinity ? 0 : supply.amount;
      while (left > 0) {
        // Dijkstra from the supply node on reduced costs, stopped when the sink is settled.
        for (const node of touched) {
          distance[node] = Infinity;
          parentEdge[node] = -1;
          settled[node] = 0;
        }
        touched.length = 0;
        heap.clear();
        distance[from] = 0;
        touched.push(from);
        heap.push(0, from);
        while (heap.size > 0) {
          const node = heap.popNode();
          if (settled[node]) continue;
          settled[node] = 1;
          if (node === sink) break;
          const base = distance[node] + potential[node];
          for (let e = this.head[node]; e !== -1; e = this.next[e]) {
            if (this.capacity[e] <= 0) continue;
            const target = this.to[e];
            if (settled[target]) continue;
            const candidate = base + this.cost[e] - potential[target];
            if (candidate < distance[target]) {
              if (distance[target] === Infinity) touched.push(target);
              distance[target] = candidate;
              parentEdge[target] = e;
              heap.push(candidate, target);
            }
          }
          // Nothing left is nearer than this node: a sink as near is settled now, not after every node tied with it
          // (scores come in few distinct values, so ties are many).
          if (distance[sink] === distance[node]) {
            settled[sink] = 1;
            break;
          }
        }
        const reach = distance[sink];
        // No path, or none that lowers the cost: the rest of this supply stays where it is. That is what routing it
        // along a zero-cost edge straight to the sink would do (a shortest path then, so still a successive-shortest-
        // paths run, and exact); the reverse of that edge would only lead out of the sink, where no search goes on.
        if (!settled[sink] || reach - potential[from] + potential[sink] >= 0) break;
        // Potentials: settled nodes move by their distance less the sink's, the rest by nothing (the same as every
        // node moving by min(distance, the sink's), less a constant), so reduced costs stay non-negative.
        for (const node of touched) if (settled[node]) potential[node] += distance[node] - reach;
        let amount = left;
        for (let node = sink; node !== from; node = this.to[parentEdge[node] ^ 1])
          amount = Math.min(amount, this.capacity[parentEdge[node]]);
        for (let node = sink; node !== from; node = this.to[parentEdge[node] ^ 1]) {
          const e = parentEdge[node];
          this.capacity[e] -= amount;
          this.capacity[e ^ 1] += amount;
          totalCost += amount * this.cost[e];
        }
        left -= amount;
      }
    }
    return totalCost;
  }

  /**
   * Minus each node's shortest distance to the sink (queue-based Bellman-Ford over the edges backwards): feasible
   * potentials, since a distance to the sink is never more than an edge's cost plus the distance beyond it, and ones
   * under which every node's cheapest way to the sink has reduced cost 0, so a search finds a supply's best path
   * straight away unless another supply has taken it (as the Hungarian method's initial duals do). A node that cannot
   * reach the sink gets minus infinity: no search ever enters it (every edge into it costs infinity).
   */
  private potentialsToSink(sink: number): Float64Array {
    const n = this.nodeCount;
    const toSink = new Float64Array(n).fill(Infinity);
    const inQueue = new Uint8Array(n);
    const queue: number[] = [sink];
    toSink[sink] = 0;
    inQueue[sink] = 1;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      inQueue[node] = 0;
      // Each edge into `node` is the residual twin of one of its own.
      for (let twin = this.head[node]; twin !== -1; twin = this.next[twin]) {
        const e = twin ^ 1;
        if (this.capacity[e] <= 0) continue;
        const from = this.to[twin];
        const candidate = toSink[node] + this.cost[e];
        if (candidate < toSink[from]) {
          toSink[from] = candidate;
          if (!inQueue[from]) {
            inQueue[from] = 1;
            queue.push(from);
          }
        }
      }
    }
    return toSink.map((distance) => -distance);
  }

  private link(from: number, to: number, capacity: number, cost: number): void {
    const e = this.edgeCount++;
    this.to[e] = to;
    this.capacity[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[from];
    this.head[from] = e;
  }

  private grow(): void {
    if (this.edgeCount + 2 <= this.to.length) return;
    const size = this.to.length * 2;
    const grown = <T extends Int32Array | Float64Array>(array: T): T => {
      const copy = new (array.constructor as new (n: number) => T)(size);
      copy.set(array);
      return copy;
    };
    this.next = grown(this.next);
    this.to = grown(this.to);
    this.capacity = grown(this.capacity);
    this.cost = grown(this.cost);
  }
}

/** A binary min-heap of (key, node) pairs in typed arrays: Dijkstra's queue without an object per entry. */
class BinaryHeap {
  private keys = new Float64Array(64);
  private nodes = new Int32Array(64);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[i] = this.keys[parent];
      this.nodes[i] = this.nodes[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  /** Removes the entry with the least key and returns its node. */
  popNode(): number {
    const top = this.nodes[0];
    const key = this.keys[--this.size];
    const node = this.nodes[this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= key) break;
      this.keys[i] = this.keys[child];
      this.nodes[i] = this.nodes[child];
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
    return top;
  }
}
