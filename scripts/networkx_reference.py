#!/usr/bin/env python3
"""Reference values for respnet's metrics, computed with NetworkX from a network JSON.

Usage: scripts/networkx_reference.py NETWORK.json [--groups keep|drop] > reference.json
NETWORK.json is the output of `respnet parse DOC --format json`. The graphs are built from
their definitions (README, "Metrics"), and every figure comes from NetworkX's own functions,
so this is an independent check of respnet's implementation. Needs python3-networkx.
"""
import argparse
import json
import math

import networkx as nx
from networkx.algorithms import bipartite


def clean(value):
    return None if isinstance(value, float) and math.isnan(value) else value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("network")
    ap.add_argument("--groups", choices=["keep", "drop"], default="keep")
    ap.add_argument("--no-holes", action="store_true",
                    help="leave out constraint and effective size (NetworkX's are slow on large P)")
    args = ap.parse_args()
    doc = json.load(open(args.network, encoding="utf-8"))
    groups = {u["name"] for u in doc["units"] if u["kind"] == "group"}
    units = [u["name"] for u in doc["units"] if args.groups == "keep" or u["name"] not in groups]
    leaders = [l["name"] for l in doc["leaders"]]

    G = nx.Graph()
    tasks = [("t", t["id"]) for t in doc["tasks"]]
    G.add_nodes_from(tasks)
    G.add_nodes_from(("l", name) for name in leaders)
    G.add_nodes_from(("u", name) for name in units)
    kept = set(units)
    for t in doc["tasks"]:
        if t["leader"] is not None:
            G.add_edge(("t", t["id"]), ("l", t["leader"]))
        for name in t["lead"] + t["support"]:
            if name in kept:
                G.add_edge(("t", t["id"]), ("u", name))

    degree = bipartite.degree_centrality(G, tasks)
    betweenness = bipartite.betweenness_centrality(G, tasks)
    closeness = bipartite.closeness_centrality(G, tasks)

    # P is the projection of the task-unit graph: leaders are left out of it.
    B = G.subgraph(n for n in G if n[0] != "l")
    P = bipartite.weighted_projected_graph(B, [("u", name) for name in units])
    p_degree = dict(P.degree(weight="weight"))
    p_betweenness = nx.betweenness_centrality(P)
    try:
        eigenvector = nx.eigenvector_centrality(P, weight="weight")
    except nx.PowerIterationFailedConvergence:
        eigenvector = {v: None for v in P}  # respnet iterates further and warns
    try:
        pagerank = nx.pagerank(P, alpha=0.85, weight="weight")
    except nx.PowerIterationFailedConvergence:
        pagerank = {v: None for v in P}
    constraint = {} if args.no_holes else nx.constraint(P, weight="weight")
    effective_size = {} if args.no_holes else nx.effective_size(P, weight="weight")

    def bip(node):
        return {"degree_centrality": degree[node], "betweenness": betweenness[node],
                "closeness": closeness[node]}

    out = {
        "groups": args.groups,
        "units": [dict(name=name, **bip(("u", name)),
                       projection_degree=p_degree[("u", name)],
                       projection_betweenness=p_betweenness[("u", name)],
                       eigenvector=eigenvector[("u", name)],
                       pagerank=pagerank[("u", name)],
                       constraint=clean(constraint.get(("u", name))),
                       effective_size=clean(effective_size.get(("u", name))))
                  for name in units],
        "leaders": [dict(name=name, **bip(("l", name))) for name in leaders],
        "tasks": [dict(id=t[1], **bip(t)) for t in tasks],
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
