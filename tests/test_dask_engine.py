"""Extraction into a Parquet dataset, shard by shard, locally and on a Dask LocalCluster (2 workers, loopback).

The same rows and claim ids as the local engine; a killed run restarted goes on where it stopped; a bad
shard is reported and skipped; the dashboard address is printed.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from extract import shards
from extract.cli import main
from extract.dask_engine import client_mapper, dask_client
from extract.shards import done_shards, local_mapper, plan_shards, run_dataset
from extract.table import part_files, read_table

EN = ["About {n} US troops remain in Iraq, the Pentagon said.",
      "The US will withdraw {n} soldiers from Syria by September 2026.",
      "Markets in London were calm on Monday."]
AR = ["ينتشر نحو {n} جندي أمريكي في العراق.", "أعلنت وزارة الدفاع سحب {n} جندي من سوريا بحلول أيلول 2026.",
      "كان الطقس معتدلا في العاصمة."]


def article(i: int) -> str:
    lines = AR if i % 2 else EN
    return " ".join(line.format(n=100 * i + k) for k, line in enumerate(lines))


def jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


@pytest.fixture
def inputs(tmp_path) -> Path:
    """Two record shards (gz and plain) with an id repeated across them, and a folder of articles."""
    root = tmp_path / "in"
    (root / "crawl").mkdir(parents=True)
    (root / "crawl" / "part-0.jsonl.gz").write_bytes(gzip.compress(jsonl(
        [{"id": f"a{i}", "text": article(i), "published": f"20{18 + i % 4}-0{1 + i % 9}-01"} for i in range(8)])))
    (root / "crawl" / "part-1.jsonl").write_bytes(jsonl(
        [{"id": "a3", "text": article(30), "published": "2024-05-06"},        # a3 again: renamed a3~2
         {"text": article(31)},                                              # no id, no date: part-1:2, undated
         {"id": "b1", "text": article(32), "published": "2023"}]))
    (root / "notes").mkdir()
    for i in range(5):
        (root / "notes" / f"n{i}.txt").write_text(article(40 + i), encoding="utf-8")
    (root / "notes" / "manifest.csv").write_text("id,published\nn0,2022-02-02\nn1,2021\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of 2 worker processes on 127.0.0.1, free ports; what it printed."""
    said: list[str] = []
    with dask_client(workers=2, dashboard="127.0.0.1:0", say=said.append) as client:
        yield client, said


def sorted_claims(path: Path) -> pd.DataFrame:
    return read_table(path).sort_values("claim_id", kind="stable").reset_index(drop=True)


def test_shards_follow_the_local_reading_order(inputs):
    planned = plan_shards([inputs], print, files_per_shard=2)
    assert [[Path(f).name for f in s.files] for s in planned] == [
        ["part-0.jsonl.gz"], ["part-1.jsonl"], ["n0.txt", "n1.txt"], ["n2.txt", "n3.txt"], ["n4.txt"]]
    assert [s.name.rsplit("-", 1)[0] for s in planned] == ["part-0", "part-1", "notes-n0", "notes-n2", "notes-n4"]
    assert plan_shards([inputs], print, files_per_shard=2) == planned   # stable names: resumable


def test_dask_and_a_local_pool_give_the_local_engines_rows_and_claim_ids(inputs, tmp_path, cluster):
    client, _ = cluster
    assert main([str(inputs), "-o", str(tmp_path / "local.csv"), "--quiet"]) == 1   # the renamed id: a warning
    summary = run_dataset([inputs], tmp_path / "claims", client_mapper(client), files_per_shard=2)
    run_dataset([inputs], tmp_path / "pool", local_mapper(jobs=2), files_per_shard=2)
    local, dask = sorted_claims(tmp_path / "local.csv"), sorted_claims(tmp_path / "claims")
    assert len(local) > 25 and {"a3~2", "part-1:2", "n4"} <= set(local["doc_id"])
    pd.testing.assert_frame_equal(dask, local)
    pd.testing.assert_frame_equal(sorted_claims(tmp_path / "pool"), local)
    assert (summary.documents, summary.shards, sum(summary.claims.values())) == (16, 5, len(local))
    years = {p.parent.name for p in part_files(tmp_path / "claims")}
    assert years == {"year=2018", "year=2019", "year=2020", "year=2021", "year=2022", "year=2023", "year=2024",
                     "year=none"}


def test_the_command_line_runs_on_a_scheduler(inputs, tmp_path, cluster, capsys):
    client, said = cluster
    assert said[0].startswith("Dask dashboard: http://127.0.0.1:")
    assert "(2 workers, scheduler tcp://127.0.0.1:" in said[0]
    out = tmp_path / "claims"
    code = main([str(inputs / "crawl" / "*.jsonl*"), "-o", str(out), "--engine", "dask",
                 "--scheduler", client.scheduler.address])
    printed = capsys.readouterr()
    assert code == 1 and "Dask dashboard: http://" in printed.err   # 1: the renamed id is a warning
    assert "read 11 documents" in printed.out and "2 shards in " in printed.out
    assert set(read_table(out)["doc_id"]) == {f"a{i}" for i in range(8)} | {"a3~2", "part-1:2", "b1"}


def test_a_killed_run_restarted_skips_the_shards_written(inputs, tmp_path, monkeypatch):
    whole = tmp_path / "whole"
    run_dataset([inputs], whole, local_mapper(), files_per_shard=2)
    extracted: list[str] = []
    real = shards.extract_shard

    def killed_after_two(shard, **options):
        if len(extracted) == 2:
            raise KeyboardInterrupt   # kill -9 stands still; Ctrl-C unwinds: both leave no record
        extracted.append(shard.name)
        return real(shard, **options)

    out = tmp_path / "claims"
    monkeypatch.setattr(shards, "extract_shard", killed_after_two)
    with pytest.raises(KeyboardInterrupt):
        run_dataset([inputs], out, local_mapper(), files_per_shard=2)
    assert len(done_shards(out)) == 2
    (out / "year=2024" / ".part-1-x.parquet.tmp").write_bytes(b"half a file")   # what a kill leaves
    extracted.clear()
    monkeypatch.setattr(shards, "extract_shard", lambda shard, **o: extracted.append(shard.name) or real(shard, **o))
    summary = run_dataset([inputs], out, local_mapper(), files_per_shard=2)
    # the three left, then part-1 again: its a3 is an earlier shard's id, renamed a3~2 as the local engine does
    assert [n.rsplit("-", 1)[0] for n in extracted] == ["notes-n0", "notes-n2", "notes-n4", "part-1"]
    assert summary.resumed == 2 and summary.shards == 5
    pd.testing.assert_frame_equal(sorted_claims(out), sorted_claims(whole))


def test_a_bad_shard_is_reported_skipped_and_tried_again_next_time(inputs, tmp_path, capsys):
    (inputs / "crawl" / "part-2.jsonl.gz").write_bytes(b"not gzip at all")
    out = tmp_path / "claims"
    assert main([str(inputs), "-o", str(out), "--quiet", "--shard-files", "2"]) == 1
    bad = inputs / "crawl" / "part-2.jsonl.gz"
    assert f"skipped {bad}: cannot read: Not a gzipped file (b'no')\n" in capsys.readouterr().err
    assert len(done_shards(out)) == 5 and len(read_table(out)) > 25
    (inputs / "crawl" / "part-2.jsonl.gz").write_bytes(gzip.compress(jsonl([{"id": "c1", "text": article(50)}])))
    assert main([str(inputs), "-o", str(out), "--quiet", "--shard-files", "2"]) == 0   # this run: no problem
    assert len(done_shards(out)) == 6 and "c1" in set(read_table(out)["doc_id"])


@pytest.mark.parametrize("args, message", [
    (["--engine", "dask", "-o", "claims.csv"], "--engine dask writes a Parquet dataset: give a directory"),
    (["--scheduler", "tcp://127.0.0.1:8786", "-o", "claims/"], "--scheduler needs --engine dask"),
])
def test_engine_options_are_checked(tmp_path, capsys, args, message):
    with pytest.raises(SystemExit):
        main([str(tmp_path), *args])
    assert message in capsys.readouterr().err


def test_a_big_shard_is_written_in_several_parts_with_the_same_rows(inputs, tmp_path, monkeypatch):
    run_dataset([inputs], tmp_path / "one", local_mapper(), files_per_shard=2)
    monkeypatch.setattr(shards, "ROWS_PER_PART", 4)
    run_dataset([inputs], tmp_path / "many", local_mapper(), files_per_shard=2)
    names = {p.name for p in part_files(tmp_path / "many")}
    assert len(names) > len({p.name for p in part_files(tmp_path / "one")})
    assert any(name.endswith("-001.parquet") for name in names)
    pd.testing.assert_frame_equal(sorted_claims(tmp_path / "many"), sorted_claims(tmp_path / "one"))
