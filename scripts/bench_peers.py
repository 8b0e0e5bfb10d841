#!/usr/bin/python3
"""The figures of `respnet metrics` and `clusters`, computed by a peer library, step by step.

Usage: scripts/bench_peers.py NETWORK.json --peer networkx|igraph [--skip STEP ...]
NETWORK.json is `respnet parse DOC --format json`. Prints one JSON line per step as it ends
({"step": ..., "seconds": ...}), so that a run cut by a time budget still says how far it got.
Steps: G (tasks, leaders, units) degree, betweenness, closeness; P (weighted projection)
degree, betweenness, eigenvector, pagerank, constraint; Louvain on P. Needs Debian's
python3-networkx or python3-igraph.
"""
import argparse
import itertools
import json
import sys
import time
from collections import Counter


SKIP = set()


def timed(step, fn):
    if step in SKIP:
        print(json.dumps({"step": step, "skipped": True}), flush=True)
        return None
    start = time.perf_counter()
    result = fn()
    print(json.dumps({"step": step, "seconds": time.perf_counter() - start}), flush=True)
    return result


def edges_of(doc):
    """G's edges (task index, actor key) and P's weighted edges between unit indices."""
    units = {u["name"]: i for i, u in enumerate(doc["units"])}
    leaders = {l["name"]: i for i, l in enumerate(doc["leaders"])}
    g_edges, weights = [], Counter()
    for t, task in enumerate(doc["tasks"]):
        if task["leader"] is not None:
            g_edges.append((t, ("l", leaders[task["leader"]])))
        on_task = sorted({units[n] for n in task["lead"] + task["support"]})
        g_edges.extend((t, ("u", u)) for u in on_task)
        weights.update(itertools.combinations(on_task, 2))
    return g_edges, weights, len(doc["tasks"]), len(units)


def run_networkx(doc):
    import networkx as nx
    from networkx.algorithms import bipartite
    g_edges, weights, n_tasks, n_units = edges_of(doc)
    G = nx.Graph()
    tasks = [("t", t) for t in range(n_tasks)]
    G.add_nodes_from(tasks)
    G.add_edges_from((("t", t), a) for t, a in g_edges)
    timed("G degree", lambda: bipartite.degree_centrality(G, tasks))
    timed("G betweenness", lambda: bipartite.betweenness_centrality(G, tasks))
    timed("G closeness", lambda: bipartite.closeness_centrality(G, tasks))
    P = nx.Graph()
    P.add_nodes_from(range(n_units))
    P.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
    timed("P degree", lambda: dict(P.degree(weight="weight")))
    timed("P betweenness", lambda: nx.betweenness_centrality(P))
    timed("P eigenvector", lambda: nx.eigenvector_centrality(P, weight="weight", max_iter=10000))
    timed("P pagerank", lambda: nx.pagerank(P, weight="weight", max_iter=10000))
    timed("P constraint", lambda: nx.constraint(P, weight="weight"))
    timed("Louvain", lambda: nx.community.louvain_communities(P, weight="weight", seed=1))


def run_igraph(doc):
    import igraph as ig
    g_edges, weights, n_tasks, n_units = edges_of(doc)
    actors = {}
    for _, a in g_edges:
        actors.setdefault(a, n_tasks + len(actors))
    G = ig.Graph(n=n_tasks + len(actors), edges=[(t, actors[a]) for t, a in g_edges])
    timed("G degree", lambda: G.degree())
    timed("G betweenness", lambda: G.betweenness(directed=False))
    timed("G closeness", lambda: G.closeness())
    P = ig.Graph(n=n_units, edges=list(weights.keys()))
    P.es["weight"] = list(weights.values())
    timed("P degree", lambda: P.strength(weights="weight"))
    timed("P betweenness", lambda: P.betweenness(directed=False))
    timed("P eigenvector", lambda: P.eigenvector_centrality(weights="weight"))
    timed("P pagerank", lambda: P.pagerank(weights="weight"))
    timed("P constraint", lambda: P.constraint(weights="weight"))
    timed("Louvain", lambda: P.community_multilevel(weights="weight"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("network")
    ap.add_argument("--peer", choices=["networkx", "igraph"], required=True)
    ap.add_argument("--skip", action="append", default=[], help="a step to leave out (its name)")
    args = ap.parse_args()
    SKIP.update(args.skip)
    doc = json.load(open(args.network, encoding="utf-8"))
    (run_networkx if args.peer == "networkx" else run_igraph)(doc)


if __name__ == "__main__":
    sys.exit(main())
