/**
 * Minimum-cost flow on a sparse directed graph with integer capacities and integer costs (negative costs allowed on
 * edges out of the source side, as long as the graph has no negative cycle, which a DAG never has).
 *
 * Primal-dual: node potentials keep reduced costs non-negative, so each phase finds shortest distances with
 * Dijkstra, then pushes a blocking flow along every shortest path at once (depth-first on the edges whose reduced
 * cost is zero, as Dinic does for capacities). `stopWhenNotProfitable` ends when the cheapest augmenting path no
 * longer lowers the total cost: with costs = -score, that maximises the total score rather than the flow.
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

  /** Sends flow from source to sink; returns the flow sent and its total cost. */
  solve(
    source: number,
    sink: number,
    options: { stopWhenNotProfitable?: boolean } = {},
  ): { flow: number; cost: number } {
    const n = this.nodeCount;
    const potential = this.initialPotentials(source);
    const distance = new Float64Array(n);
    const level = new Int32Array(n);
    const iterator = new Int32Array(n);
    let flow = 0;
    let totalCost = 0;
    for (;;) {
      this.dijkstra(source, potential, distance);
      if (distance[sink] === Infinity) break;
      for (let node = 0; node < n; node++) if (distance[node] < Infinity) potential[node] += distance[node];
      // The cost of one unit along the shortest path, in original costs.
      const pathCost = potential[sink] - potential[source];
      if (options.stopWhenNotProfitable && pathCost >= 0) break;
      // Admissible edges: residual capacity and zero reduced cost. A BFS level keeps the DFS from cycling on
      // zero-cost edges.
      if (!this.levels(source, sink, potential, level)) break;
      iterator.set(this.head);
      let pushed = 0;
      for (
        let sent = this.push(source, sink, Infinity, potential, level, iterator);
        sent > 0;
        sent = this.push(source, sink, Infinity, potential, level, iterator)
      )
        pushed += sent;
      if (pushed === 0) break;
      flow += pushed;
      totalCost += pushed * pathCost;
    }
    return { flow, cost: totalCost };
  }

  private initialPotentials(source: number): Float64Array {
    // Bellman-Ford (queue-based) from the source once: negative costs are allowed on the first phase only.
    const n = this.nodeCount;
    const potential = new Float64Array(n).fill(Infinity);
    const inQueue = new Uint8Array(n);
    const queue: number[] = [source];
    potential[source] = 0;
    inQueue[source] = 1;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      inQueue[node] = 0;
      for (let e = this.head[node]; e !== -1; e = this.next[e]) {
        if (this.capacity[e] <= 0) continue;
        const target = this.to[e];
        const candidate = potential[node] + this.cost[e];
        if (candidate < potential[target]) {
          potential[target] = candidate;
          if (!inQueue[target]) {
            inQueue[target] = 1;
            queue.push(target);
          }
        }
      }
    }
    for (let node = 0; node < n; node++) if (potential[node] === Infinity) potential[node] = 0;
    return potential;
  }

  private dijkstra(source: number, potential: Float64Array, distance: Float64Array): void {
    distance.fill(Infinity);
    distance[source] = 0;
    const heap = new BinaryHeap();
    heap.push(0, source);
    while (heap.size > 0) {
      const [d, node] = heap.pop();
      if (d > distance[node]) continue;
      for (let e = this.head[node]; e !== -1; e = this.next[e]) {
        if (this.capacity[e] <= 0) continue;
        const target = this.to[e];
        const reduced = this.cost[e] + potential[node] - potential[target];
        const candidate = d + reduced;
        if (candidate < distance[target] - 1e-9) {
          distance[target] = candidate;
          heap.push(candidate, target);
        }
      }
    }
  }

  private levels(source: number, sink: number, potential: Float64Array, level: Int32Array): boolean {
    level.fill(-1);
    level[source] = 0;
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (let e = this.head[node]; e !== -1; e = this.next[e]) {
        const target = this.to[e];
        if (this.capacity[e] > 0 && level[target] < 0 && this.isTight(e, node, potential)) {
          level[target] = level[node] + 1;
          queue.push(target);
        }
      }
    }
    return level[sink] >= 0;
  }

  private push(
    node: number,
    sink: number,
    limit: number,
    potential: Float64Array,
    level: Int32Array,
    iterator: Int32Array,
  ): number {
    if (node === sink) return limit;
    for (; iterator[node] !== -1; iterator[node] = this.next[iterator[node]]) {
      const e = iterator[node];
      const target = this.to[e];
      if (this.capacity[e] <= 0 || level[target] !== level[node] + 1 || !this.isTight(e, node, potential))
        continue;
      const sent = this.push(target, sink, Math.min(limit, this.capacity[e]), potential, level, iterator);
      if (sent > 0) {
        this.capacity[e] -= sent;
        this.capacity[e ^ 1] += sent;
        return sent;
      }
    }
    return 0;
  }

  private isTight(e: number, node: number, potential: Float64Array): boolean {
    return Math.abs(this.cost[e] + potential[node] - potential[this.to[e]]) < 1e-9;
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

  pop(): [number, number] {
    const top: [number, number] = [this.keys[0], this.nodes[0]];
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
