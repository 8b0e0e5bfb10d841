#!/usr/bin/env python3
"""The best modularity NetworkX's Louvain finds on P, over 20 seeds: the bar respnet's Leiden
must reach (tests/reference/louvain.json).

Usage: scripts/networkx_louvain.py NETWORK.json [--groups keep|drop] [--seeds 20]
NETWORK.json is `respnet parse DOC --format json`. Needs python3-networkx.
"""
import argparse
import json

import networkx as nx
from networkx.algorithms import bipartite


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("network")
    ap.add_argument("--groups", choices=["keep", "drop"], default="drop")
    ap.add_argument("--seeds", type=int, default=20)
    args = ap.parse_args()
    doc = json.load(open(args.network, encoding="utf-8"))
    groups = {u["name"] for u in doc["units"] if u["kind"] == "group"}
    units = [u["name"] for u in doc["units"] if args.groups == "keep" or u["name"] not in groups]
    kept = set(units)
    B = nx.Graph()
    B.add_nodes_from(("u", u) for u in units)
    for t in doc["tasks"]:
        B.add_node(("t", t["id"]))
        B.add_edges_from((("t", t["id"]), ("u", u)) for u in t["lead"] + t["support"] if u in kept)
    P = bipartite.weighted_projected_graph(B, [("u", u) for u in units])
    best = max(nx.community.modularity(P, nx.community.louvain_communities(P, weight="weight", seed=s),
                                       weight="weight")
               for s in range(args.seeds))
    print(json.dumps({"groups": args.groups, "seeds": args.seeds, "louvain_modularity": best}))


if __name__ == "__main__":
    main()
