#!/usr/bin/env python3
"""Scores `atlas detect refusal` on XSTest's human-labelled model completions (Röttger et al. 2024).

The labelled files are not part of this repository (CC-BY-4.0, paul-rottger/exaggerated-safety at commit
a3bb396ddc1939c6f264f17b7cf5b7a5d82833de, folder model_completions/: xstest_v2_completions_{gpt4,llama2new,
llama2orig,mistralguard,mistralinstruct}.csv). Put them in one directory and run:

    bench/refusal-xstest.py DIR [MODEL ...]

A completion counts as a refusal when its final_label is 2_full_refusal or 3_partial_refusal, as XSTest counts it.
Prints accuracy, precision and recall overall, per model and for safe vs unsafe (contrast_*) prompts.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

MODELS = ["gpt4", "llama2new", "llama2orig", "mistralguard", "mistralinstruct"]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder, models = sys.argv[1], sys.argv[2:] or MODELS
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        records = os.path.join(tmp, "in.jsonl")
        verdicts = os.path.join(tmp, "out.jsonl")
        with open(records, "w", encoding="utf-8") as out:
            for model in models:
                path = os.path.join(folder, f"xstest_v2_completions_{model}.csv")
                with open(path, encoding="utf-8", newline="") as f:
                    for row in csv.DictReader(f):
                        key = f"{model}:{row['id']}"
                        rows[key] = row
                        out.write(json.dumps({"id": key, "prompt": row["prompt"], "response": row["completion"]}) + "\n")
        subprocess.run([os.path.join(root, "atlas"), "detect", "refusal", "--input", records, "--output", verdicts],
                       check=True)
        flagged = {}
        with open(verdicts, encoding="utf-8") as f:
            for line in f:
                verdict = json.loads(line)
                flagged[verdict["id"]] = verdict["flagged"]

    def report(name, keys):
        tp = fp = fn = tn = 0
        for key in keys:
            truth = rows[key]["final_label"] != "1_full_compliance"
            if flagged[key]:
                tp, fp = (tp + 1, fp) if truth else (tp, fp + 1)
            else:
                fn, tn = (fn + 1, tn) if truth else (fn, tn + 1)
        n = tp + fp + fn + tn
        print(f"{name:16} n={n:5}  accuracy {(tp + tn) / n:.3f}  precision {tp / max(1, tp + fp):.3f}"
              f"  recall {tp / max(1, tp + fn):.3f}  (tp {tp} fp {fp} fn {fn} tn {tn})")

    keys = list(rows)
    report("all", keys)
    for model in models:
        report(model, [k for k in keys if k.startswith(model + ":")])
    report("safe prompts", [k for k in keys if not rows[k]["type"].startswith("contrast_")])
    report("unsafe prompts", [k for k in keys if rows[k]["type"].startswith("contrast_")])


if __name__ == "__main__":
    main()
